using Intake.Client;
using Intake.Contracts.Inkoop;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Contracts as rows (Inkoop.Api, POST /v1/contracten); the schools served as BRINs in one cell.</summary>
public sealed class ContractUpload(IInkoopApi inkoop) : UploadSoort<ContractMelding, ContractAangenomen>
{
    private const string Scholen = "scholen";

    public override string Code => "contracten";

    public override string Titel => "Contracten";

    public override IReadOnlyList<UploadKolom> Kolommen { get; } =
    [
        new("aanbiederId", "id (UUID) van een geregistreerde aanbieder, zie Contracten en aanbieders"),
        new("contractant", "CBS-code van de gemeente (GM1680, GM0106, GM1731, GM1730) of subregio"),
        new("soort", "jeugdhulp of eed"),
        new("soortZorg", "welke zorg, hoogstens 200 tekens"),
        new("kader", "wmo, jeugdwet, zvw-wlz of pgb"),
        new("startdatum", "eerste dag van het contract, JJJJ-MM-DD", IsDatum: true),
        new("einddatum", "eerste dag zonder contract, als die bekend is, JJJJ-MM-DD", Verplicht: false, IsDatum: true),
        new("heleGemeente", "ja: alle scholen van de gemeente(n); nee: alleen de scholen in de kolom scholen", Waarden: ["ja", "nee"]),
        new(Scholen, "BRINs van de bediende scholen, gescheiden door spaties; leeg bij hele gemeente", Verplicht: false),
    ];

    public override IReadOnlyList<string> Voorbeeld { get; } =
        ["0192a1b2-0000-7000-8000-000000000001", "GM0106", "jeugdhulp", "Ambulante jeugdhulp op school", "jeugdwet", "2026-01-01", "", "nee", "19SL 20AB"];

    /// <summary>A school's error (<c>scholen[1]</c>) belongs to the one scholen cell; its reason names the BRIN.</summary>
    public override string KolomVan(string veld) => veld.StartsWith($"{Scholen}[", StringComparison.Ordinal) ? Scholen : veld;

    // heleGemeente must be true or false in JSON; an unreadable cell is reported locally and never checked by the service.
    protected override ContractMelding Maak(UploadRij rij, Guid meldingId)
    {
        var heleGemeente = rij.JaNee("heleGemeente") ?? false;
        var scholen = rij.Lijst(Scholen);
        return new ContractMelding(meldingId, rij.Uuid("aanbiederId"), rij.Tekst("contractant"), rij.Tekst("soort"),
            rij.Tekst("soortZorg"), rij.Tekst("kader"), rij.Datum("startdatum"), rij.Datum("einddatum"), heleGemeente,
            heleGemeente && scholen.Count == 0 ? null : scholen);
    }

    protected override Task<IApiResponse<Controle>> ControleerBijDienst(ContractMelding melding, CancellationToken cancellationToken) =>
        inkoop.ControleerContract(melding, cancellationToken);

    protected override Task<IApiResponse<ContractAangenomen>> VerstuurNaarDienst(ContractMelding melding, CancellationToken cancellationToken) =>
        inkoop.SluitContract(melding, cancellationToken);
}
