namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// Jeugdhulp procurement partners at a peildatum. <see cref="AanbiedersOnderContract"/>: providers under an
/// active contract (own or subregion) for a municipality, or for any of the four for the region; null for a
/// school or SWV. <see cref="AanbiedersBijSchool"/>: distinct providers with active trajectories at the school
/// (null above school level). The rest summarises the schools of the scope against the norm (at most 6).
/// </summary>
public sealed record InkoopCijfers(
    int? AanbiedersOnderContract,
    int? AanbiedersBijSchool,
    int NormPerSchool,
    int ScholenMetTrajecten,
    int ScholenBovenNorm,
    int? MaxAanbiedersPerSchool);
