namespace Agenda.Api.Client;

/// <summary>The statistics' count of one school year after suppression: counts per kind and their rates per 1.000.</summary>
public sealed record BeschermdeJaartelling(
    string Schooljaar,
    Cijfer Totaal,
    Cijfer Absoluut,
    Cijfer LangdurigRelatief,
    Cijfer TotaalPerDuizend,
    Cijfer AbsoluutPerDuizend,
    Cijfer LangdurigRelatiefPerDuizend);
