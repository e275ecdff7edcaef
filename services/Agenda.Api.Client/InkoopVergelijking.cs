namespace Agenda.Api.Client;

/// <summary>
/// GET /v1/inkoop/vergelijking: providers per municipality and per school (schools above the norm flagged), the
/// overlap across the four municipalities, and how many providers are contracted for all four and for only one.
/// </summary>
public sealed record InkoopVergelijking(
    DateOnly Peildatum,
    int NormPerSchool,
    IReadOnlyList<GemeenteAanbieders> PerGemeente,
    IReadOnlyList<SchoolAanbieders> PerSchool,
    IReadOnlyList<AanbiederOverlap> Overlap,
    int VoorAlleVier,
    int VoorEen,
    int ScholenBovenNorm);
