using Intake.Client;
using Intake.Contracts.Leerplicht;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Thuiszitters as rows (Leerplicht.Api, POST /v1/thuiszitters).</summary>
public sealed class ThuiszitterUpload(ILeerplichtApi leerplicht) : UploadSoort<ThuiszitterMelding, ThuiszitterAangenomen>
{
    public override string Code => "thuiszitters";

    public override string Titel => "Thuiszitters";

    public override IReadOnlyList<UploadKolom> Kolommen { get; } =
    [
        new("casusReferentie", "uw pseudoniem, nooit een naam of BSN"),
        new("gemeente", "CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730"),
        new("soortVerzuim", "absoluut of langdurig-relatief"),
        new("brin", "BRIN van de school; leeg bij absoluut verzuim", Verplicht: false),
        new("startdatum", "eerste dag van het verzuim, JJJJ-MM-DD", IsDatum: true),
    ];

    public override IReadOnlyList<string> Voorbeeld { get; } = ["LP-2026/0042", "GM0106", "langdurig-relatief", "19SL", "2026-10-05"];

    protected override ThuiszitterMelding Maak(UploadRij rij, Guid meldingId) => new(meldingId,
        rij.Tekst("casusReferentie"), rij.Tekst("gemeente"), rij.Tekst("brin"), rij.Tekst("soortVerzuim"), rij.Datum("startdatum"));

    protected override Task<IApiResponse<Controle>> ControleerBijDienst(ThuiszitterMelding melding, CancellationToken cancellationToken) =>
        leerplicht.ControleerThuiszitter(melding, cancellationToken);

    protected override Task<IApiResponse<ThuiszitterAangenomen>> VerstuurNaarDienst(ThuiszitterMelding melding, CancellationToken cancellationToken) =>
        leerplicht.MeldThuiszitter(melding, cancellationToken);
}
