namespace Intake.Client;

/// <summary><c>POST /v1/trajecten/{id}/beeindiging</c>: the first day the trajectory no longer runs.</summary>
public sealed record TrajectBeeindiging(Guid MeldingId, DateOnly? Einddatum);
