using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Feiten;

/// <summary>
/// A thuiszitter case as its effective events say. <see cref="Startdatum"/> is null while only later events
/// arrived (a closing can overtake the report): such a case counts nowhere until it is complete.
/// </summary>
public sealed record ThuiszitterFeit(
    Guid ZaakId,
    string? Gemeente,
    string? Brin,
    SoortVerzuim? Soort,
    DateOnly? Startdatum,
    DateOnly? Einddatum,
    Uitkomst? Uitkomst,
    IReadOnlyList<Overdracht> Overdrachten,
    DateOnly? TermijnOverschreden)
{
    /// <summary>The municipality of residence on a date: the latest transfer on or before it, else the reported one.</summary>
    public string? GemeenteOp(DateOnly datum) =>
        Overdrachten.Where(o => o.Datum <= datum).OrderBy(o => o.Datum).LastOrDefault()?.NaarGemeente ?? Gemeente;

    /// <summary>Whether the case lives in the municipality on any day from <paramref name="van"/> to <paramref name="tot"/> (both included).</summary>
    public bool WoontIn(string gemeente, DateOnly van, DateOnly tot) =>
        van <= tot && (GemeenteOp(van) == gemeente || Overdrachten.Any(o => o.Datum > van && o.Datum <= tot && o.NaarGemeente == gemeente));
}
