namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The Thuiszitterspact figures for one scope (school, SWV, municipality, region) at a peildatum, exact counts as
/// domain.md defines them (suppression is the web's job). Percentages and rates have one decimal.
/// <paramref name="BinnenDrieMaandenOpgelost"/> never counts an exemption as solved;
/// <paramref name="AfgeslotenMetVrijstelling"/> is the share of closings by exemption beside it (null when none
/// closed), and <paramref name="Afgesloten"/> the number of cases closed on or before the peildatum, the base of both.
/// <paramref name="KorterDanVierWeken"/>: open cases with <c>startdatum + 28 days &gt; peildatum</c> (four weeks
/// as 28 calendar days); open minus it minus <paramref name="LangerDanDrieMaanden"/> is the middle bucket.
/// </summary>
public sealed record ThuiszitterCijfers(
    int Open,
    int LangerDanDrieMaanden,
    decimal? PerDuizend,
    decimal? BinnenDrieMaandenOpgelost,
    int Afgesloten = 0,
    decimal? AfgeslotenMetVrijstelling = null,
    int KorterDanVierWeken = 0);
