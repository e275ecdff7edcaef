using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Intake;

/// <summary>A closing that passed validation.</summary>
public sealed record GeldigeBeeindiging(Guid MeldingId, DateOnly Einddatum, Uitkomst Uitkomst);
