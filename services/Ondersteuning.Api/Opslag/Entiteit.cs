namespace Ondersteuning.Api.Opslag;

/// <summary>A thing the intake knows by id: <see cref="Soort"/> is its resource (trajecten, eed-verwijzingen ...).</summary>
public sealed record Entiteit(Guid Id, string Soort, DateTimeOffset AangemaaktOp);
