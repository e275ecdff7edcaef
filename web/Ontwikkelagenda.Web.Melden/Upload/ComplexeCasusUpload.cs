using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Complex cases as rows (Ondersteuning.Api, POST /v1/complexe-casussen); the casusregisseur in two columns.</summary>
public sealed class ComplexeCasusUpload(IOndersteuningApi ondersteuning) : UploadSoort<ComplexeCasusMelding, ComplexeCasusAangenomen>
{
    private const string RegisseurRol = "casusregisseurRol";
    private const string RegisseurOrganisatie = "casusregisseurOrganisatie";

    public override string Code => "complexe-casussen";

    public override string Titel => "Complexe casussen";

    public override IReadOnlyList<UploadKolom> Kolommen { get; } =
    [
        new("referentie", "uw pseudoniem, nooit een naam of BSN"),
        new("gemeente", "CBS-code van de woongemeente: GM1680, GM0106, GM1731 of GM1730"),
        new("startdatum", "dag waarop de casus complex werd, JJJJ-MM-DD", IsDatum: true),
        new("brin", "BRIN van de school, als die er is", Verplicht: false),
        new("thuiszitterZaakId", "id (UUID) van de thuiszitterszaak, als het kind thuiszit", Verplicht: false),
        new(RegisseurRol, "rol van de casusregisseur (nooit een naam); leeg als die er nog niet is", Verplicht: false),
        new(RegisseurOrganisatie, "organisatie van de casusregisseur; leeg als die er nog niet is", Verplicht: false),
    ];

    public override IReadOnlyList<string> Voorbeeld { get; } =
        ["CC-2026-007", "GM1731", "2026-10-20", "19SL", "", "casusregisseur", "Sociaal team Midden-Drenthe"];

    public override string KolomVan(string veld) => veld switch
    {
        "casusregisseur.rol" => RegisseurRol,
        "casusregisseur.organisatie" => RegisseurOrganisatie,
        _ => veld,
    };

    protected override ComplexeCasusMelding Maak(UploadRij rij, Guid meldingId) => new(meldingId,
        rij.Tekst("referentie"), rij.Tekst("gemeente"), rij.Datum("startdatum"), rij.Tekst("brin"), rij.Uuid("thuiszitterZaakId"), Regisseur(rij));

    protected override Task<IApiResponse<Controle>> ControleerBijDienst(ComplexeCasusMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.ControleerComplexeCasus(melding, cancellationToken);

    protected override Task<IApiResponse<ComplexeCasusAangenomen>> VerstuurNaarDienst(ComplexeCasusMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.MeldComplexeCasus(melding, cancellationToken);

    // Both cells empty: no casusregisseur yet. One filled: sent as is, so the service names the empty one.
    private static CasusregisseurInvoer? Regisseur(UploadRij rij) =>
        rij.Tekst(RegisseurRol) is null && rij.Tekst(RegisseurOrganisatie) is null
            ? null
            : new CasusregisseurInvoer(rij.Tekst(RegisseurRol) ?? "", rij.Tekst(RegisseurOrganisatie) ?? "");
}
