namespace Intake.Client;

/// <summary><c>POST /v1/thuiszitters/{id}/overdrachten</c>: a move to another municipality of the region.</summary>
public sealed record ThuiszitterOverdracht(Guid MeldingId, string? NaarGemeente, DateOnly? Overdrachtsdatum);
