namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The statistics' count for one school year (1 August to 31 July): cases open on 1 August plus those
/// starting during the year, in total and per kind, with per-1,000 figures on the same denominator.
/// Up to the peildatum when it falls inside the year. Benchmarks compare on this count only.
/// </summary>
public sealed record JaartellingCijfers(
    string Schooljaar,
    int Totaal,
    int Absoluut,
    int LangdurigRelatief,
    decimal? TotaalPerDuizend,
    decimal? AbsoluutPerDuizend,
    decimal? LangdurigRelatiefPerDuizend);
