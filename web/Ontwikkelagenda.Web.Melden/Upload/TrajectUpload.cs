using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Trajectories as rows (Ondersteuning.Api, POST /v1/trajecten).</summary>
public sealed class TrajectUpload(IOndersteuningApi ondersteuning) : UploadSoort<TrajectMelding, TrajectAangenomen>
{
    public override string Code => "trajecten";

    public override string Titel => "Trajecten";

    public override IReadOnlyList<UploadKolom> Kolommen { get; } =
    [
        new("brin", "BRIN van de school, in het register van de regio"),
        new("aanbiederId", "id (UUID) van de aanbieder, zie Contracten en aanbieders"),
        new("aanbiederNaam", "naam van de aanbieder"),
        new("zwaarte", "licht of zwaar"),
        new("kader", "wmo, jeugdwet, zvw-wlz of pgb"),
        new("startdatum", "eerste dag van het traject, JJJJ-MM-DD", IsDatum: true),
    ];

    public override IReadOnlyList<string> Voorbeeld { get; } =
        ["19SL", "0192a1b2-0000-7000-8000-000000000001", "Accare", "zwaar", "jeugdwet", "2026-09-01"];

    protected override TrajectMelding Maak(UploadRij rij, Guid meldingId) => new(meldingId,
        rij.Tekst("brin"), rij.Uuid("aanbiederId"), rij.Tekst("aanbiederNaam"),
        rij.Tekst("zwaarte"), rij.Tekst("kader"), rij.Datum("startdatum"));

    protected override Task<IApiResponse<Controle>> ControleerBijDienst(TrajectMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.ControleerTraject(melding, cancellationToken);

    protected override Task<IApiResponse<TrajectAangenomen>> VerstuurNaarDienst(TrajectMelding melding, CancellationToken cancellationToken) =>
        ondersteuning.StartTraject(melding, cancellationToken);
}
