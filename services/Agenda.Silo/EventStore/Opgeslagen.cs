using Agenda.Domein;

namespace Agenda.Silo.EventStore;

/// <summary>What storing an event told: the scopes it concerns, and whether it is its entity's first event.</summary>
/// <param name="EersteVanEntiteit">
/// No earlier event of its entity was stored (false for a redelivery and for an event without an entity): a grain
/// that does not know the entity yet has its whole history in this one event and need not read the store.
/// </param>
public sealed record Opgeslagen(IReadOnlyList<Scope> Scopes, bool EersteVanEntiteit);
