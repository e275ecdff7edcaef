namespace Agenda.Api.Client;

/// <summary>
/// Thuiszitterspact figures at a peildatum, exact counts (suppression is the web's job).
/// <paramref name="BinnenDrieMaandenOpgelost"/> never counts an exemption as solved;
/// <paramref name="AfgeslotenMetVrijstelling"/> is the share of closings by exemption beside it, and
/// <paramref name="Afgesloten"/> the number of closed cases both percentages rest on.
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
