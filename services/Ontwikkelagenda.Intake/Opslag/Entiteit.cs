namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>A stored thing with its current state (<typeparamref name="TStaat"/>, kept as jsonb).</summary>
public sealed record Entiteit<TStaat>(Guid Id, string Soort, TStaat Staat, bool Ingetrokken, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);
