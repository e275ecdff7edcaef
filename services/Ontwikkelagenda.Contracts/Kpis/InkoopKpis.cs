namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// Jeugdhulp procurement partners at a peildatum. <see cref="AanbiedersOnderContract"/>: providers under an
/// active contract (own or subregion) for a municipality, or for any of the four for the region; null for a
/// school or SWV. <see cref="AanbiedersBijSchool"/>: distinct providers with active trajectories at the school
/// (null above school level). The rest summarises the schools of the scope against the norm (at most 6).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InkoopKpis(
    [property: Id(0)] int? AanbiedersOnderContract,
    [property: Id(1)] int? AanbiedersBijSchool,
    [property: Id(2)] int NormPerSchool,
    [property: Id(3)] int ScholenMetTrajecten,
    [property: Id(4)] int ScholenBovenNorm,
    [property: Id(5)] int? MaxAanbiedersPerSchool);
