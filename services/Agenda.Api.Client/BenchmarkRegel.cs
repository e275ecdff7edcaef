namespace Agenda.Api.Client;

/// <summary>
/// One kind of figure in one school year: the region's own jaartelling where the kind matches one (absoluut,
/// langdurig relatief verzuim per 1,000), next to the Drenthe and NL figures and the report's Tynaarlo figure.
/// <paramref name="RegioAantal"/> is the region's count of the kind (null for a kind the region does not count) and
/// <paramref name="Regio"/> its rate; both withheld when the count is 1 to 4 (no caller has case rights for the whole
/// region, and the rate's denominator is public).
/// </summary>
public sealed record BenchmarkRegel(
    string Soort,
    Cijfer? RegioAantal,
    Cijfer Regio,
    decimal? Drenthe,
    decimal? Nederland,
    decimal? Tynaarlo,
    IReadOnlyList<string> Bronnen);
