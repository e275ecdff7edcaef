namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The procurement comparison at a peildatum: providers per municipality and per school (every school of the
/// register, also those without trajectories), the overlap across the four municipalities, and how many
/// providers are contracted for all four and for only one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InkoopVergelijking(
    [property: Id(0)] DateOnly Peildatum,
    [property: Id(1)] int NormPerSchool,
    [property: Id(2)] IReadOnlyList<GemeenteAanbieders> PerGemeente,
    [property: Id(3)] IReadOnlyList<SchoolAanbieders> PerSchool,
    [property: Id(4)] IReadOnlyList<AanbiederOverlap> Overlap,
    [property: Id(5)] int VoorAlleVier,
    [property: Id(6)] int VoorEen);
