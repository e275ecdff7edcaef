namespace Intake.Client;

/// <summary><c>POST /v1/aanbieders</c>: a care provider; KvK number eight digits when known.</summary>
public sealed record AanbiederRegistratie(Guid MeldingId, string? Naam, string? KvkNummer);
