using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>
/// One thuiszitter case as a scope knows it. Startdatum is null while only its closing has
/// arrived (a Beeindigd can overtake its Gemeld); such a case counts nowhere until it is complete.
/// </summary>
public sealed record ThuiszitterZaak(
    Guid ZaakId,
    DateOnly? Startdatum = null,
    SoortVerzuim? Soort = null,
    DateOnly? Einddatum = null,
    Uitkomst? Uitkomst = null);
