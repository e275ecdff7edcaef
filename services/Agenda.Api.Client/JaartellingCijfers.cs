namespace Agenda.Api.Client;

/// <summary>
/// The statistics' count of one school year (1 August - 31 July, up to the peildatum when it falls inside):
/// cases open on 1 August plus those starting during the year, per kind, and per 1,000 on the same denominator.
/// </summary>
public sealed record JaartellingCijfers(
    string Schooljaar,
    int Totaal,
    int Absoluut,
    int LangdurigRelatief,
    decimal? TotaalPerDuizend,
    decimal? AbsoluutPerDuizend,
    decimal? LangdurigRelatiefPerDuizend);
