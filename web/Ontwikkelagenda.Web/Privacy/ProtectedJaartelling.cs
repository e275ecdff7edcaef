using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The statistics' count of one school year after suppression: counts per kind and their rates per 1.000.</summary>
public sealed record ProtectedJaartelling(
    string Schooljaar,
    Cijfer Totaal,
    Cijfer Absoluut,
    Cijfer LangdurigRelatief,
    Cijfer TotaalPerDuizend,
    Cijfer AbsoluutPerDuizend,
    Cijfer LangdurigRelatiefPerDuizend);
