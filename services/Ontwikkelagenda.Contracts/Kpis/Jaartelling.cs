namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The statistics' count for one school year (1 August to 31 July): cases open on 1 August plus those
/// starting during the year, in total and per kind, with per-1,000 figures on the same denominator.
/// Up to the peildatum when it falls inside the year. Benchmarks compare on this count only.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Jaartelling(
    [property: Id(0)] string Schooljaar,
    [property: Id(1)] int Totaal,
    [property: Id(2)] int Absoluut,
    [property: Id(3)] int LangdurigRelatief,
    [property: Id(4)] decimal? TotaalPerDuizend,
    [property: Id(5)] decimal? AbsoluutPerDuizend,
    [property: Id(6)] decimal? LangdurigRelatiefPerDuizend);
