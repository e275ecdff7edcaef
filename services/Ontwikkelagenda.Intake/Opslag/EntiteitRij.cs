namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>An entity row as Dapper reads it; the state is still JSON.</summary>
internal sealed record EntiteitRij(Guid Id, string Soort, string Staat, bool Ingetrokken, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);
