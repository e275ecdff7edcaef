using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Intake;

/// <summary>A transfer that passed validation.</summary>
public sealed record GeldigeOverdracht(Guid MeldingId, GemeenteCode NaarGemeente, DateOnly Overdrachtsdatum);
