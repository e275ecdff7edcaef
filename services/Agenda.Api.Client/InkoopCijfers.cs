namespace Agenda.Api.Client;

/// <summary>
/// Jeugdhulp procurement partners at a peildatum. <paramref name="AanbiedersOnderContract"/>: providers under an
/// active contract (own or subregion) for a municipality, or any of the four for the region; null for a school or
/// SWV. <paramref name="AanbiedersBijSchool"/>: distinct providers with active trajectories at a school (null above
/// school level). The rest summarises the scope's schools against the norm.
/// </summary>
public sealed record InkoopCijfers(
    int? AanbiedersOnderContract,
    int? AanbiedersBijSchool,
    int NormPerSchool,
    int ScholenMetTrajecten,
    int ScholenBovenNorm,
    int? MaxAanbiedersPerSchool);
