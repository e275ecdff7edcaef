using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>EED referrals as rows (Ondersteuning.Api, POST /v1/eed-verwijzingen).</summary>
public sealed class EedVerwijzingUpload(IOndersteuningApi ondersteuning) : UploadSoort<EedVerwijzingMelding, EedVerwijzingAangenomen>
{
    public override string Code => "eed-verwijzingen";

    public override string Titel => "EED-verwijzingen";

    public override IReadOnlyList<UploadKolom> Kolommen { get; } =
    [
        new("referentie", "uw pseudoniem, nooit een naam of BSN"),
        new("brin", "BRIN van de school, in het register van de regio"),
        new("verwijsdatum", "datum van de verwijzing, JJJJ-MM-DD", IsDatum: true),
    ];

    public override IReadOnlyList<string> Voorbeeld { get; } = ["EED-2026-017", "19SL", "2026-10-12"];

    protected override EedVerwijzingMelding Maak(UploadRij rij, Guid meldingId) =>
        new(meldingId, rij.Tekst("referentie"), rij.Tekst("brin"), rij.Datum("verwijsdatum"));

    protected override Task<IApiResponse<Controle>> ControleerBijDienst(EedVerwijzingMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.ControleerEedVerwijzing(melding, cancellationToken);

    protected override Task<IApiResponse<EedVerwijzingAangenomen>> VerstuurNaarDienst(EedVerwijzingMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.MeldEedVerwijzing(melding, cancellationToken);
}
