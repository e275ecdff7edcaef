namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The Thuiszitterspact figures for one scope (school, SWV, municipality, region) at a peildatum,
/// exact counts as domain.md defines them. Percentages and rates have one decimal.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ThuiszitterKpis(
    [property: Id(0)] int Open,
    [property: Id(1)] int LangerDanDrieMaanden,
    [property: Id(2)] decimal? PerDuizend,
    [property: Id(3)] decimal? BinnenDrieMaandenOpgelost)
{
    /// <summary>
    /// Of the cases closed on or before the peildatum, the percentage closed by an exemption: shown
    /// next to <see cref="BinnenDrieMaandenOpgelost"/>, which never counts an exemption as solved.
    /// Null when none closed.
    /// </summary>
    [Id(4)] public decimal? AfgeslotenMetVrijstelling { get; init; }

    /// <summary>The number of cases closed on or before the peildatum: the base of both percentages.</summary>
    [Id(5)] public int Afgesloten { get; init; }

    /// <summary>
    /// Open cases younger than four weeks at the peildatum: open at P and <c>startdatum + 28 days &gt; P</c>
    /// (four weeks are 28 calendar days; a case that started exactly 28 days before P no longer counts).
    /// The thuiszitters page shows open cases by duration: this bucket, the middle one (open minus this
    /// minus <see cref="LangerDanDrieMaanden"/>) and longer than three months.
    /// </summary>
    [Id(6)] public int KorterDanVierWeken { get; init; }
}
