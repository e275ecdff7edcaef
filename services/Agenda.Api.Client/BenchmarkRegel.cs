namespace Agenda.Api.Client;

/// <summary>
/// One kind of figure in one school year: the region's own jaartelling where the kind matches one (absoluut,
/// langdurig relatief verzuim per 1,000), next to the Drenthe and NL figures and the report's Tynaarlo figure.
/// </summary>
public sealed record BenchmarkRegel(
    string Soort,
    int? RegioAantal,
    decimal? Regio,
    decimal? Drenthe,
    decimal? Nederland,
    decimal? Tynaarlo,
    IReadOnlyList<string> Bronnen);
