namespace Agenda.Domein.Feiten;

/// <summary>From <see cref="Datum"/> on the case counts for <see cref="NaarGemeente"/>.</summary>
public sealed record Overdracht(DateOnly Datum, string VanGemeente, string NaarGemeente);
