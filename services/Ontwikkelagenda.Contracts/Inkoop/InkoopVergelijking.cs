namespace Ontwikkelagenda.Contracts.Inkoop;

/// <summary>
/// The procurement comparison at a peildatum: providers per municipality and per school (every school of the
/// register, also those without trajectories), the overlap across the four municipalities, and how many
/// providers are contracted for all four and for only one.
/// </summary>
public sealed record InkoopVergelijking(
    DateOnly Peildatum,
    int NormPerSchool,
    IReadOnlyList<GemeenteAanbieders> PerGemeente,
    IReadOnlyList<SchoolAanbieders> PerSchool,
    IReadOnlyList<AanbiederOverlap> Overlap,
    int VoorAlleVier,
    int VoorEen);
