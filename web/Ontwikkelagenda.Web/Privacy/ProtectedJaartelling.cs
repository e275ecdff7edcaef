namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The statistics' count of one school year after suppression: counts per kind and their rates per 1.000.</summary>
public sealed record ProtectedJaartelling(
    string Schooljaar,
    ProtectedValue Totaal,
    ProtectedValue Absoluut,
    ProtectedValue LangdurigRelatief,
    ProtectedValue TotaalPerDuizend,
    ProtectedValue AbsoluutPerDuizend,
    ProtectedValue LangdurigRelatiefPerDuizend);
