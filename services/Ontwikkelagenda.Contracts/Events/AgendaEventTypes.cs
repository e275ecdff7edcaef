using System.Collections.Frozen;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// Every integration event type by its name, the name stored with an event in an intake's outbox and in the silo's
/// event store: the one registry the publishers, the consumers, the event store and the metrics use. A new event
/// record in this namespace needs no change anywhere else.
/// </summary>
public static class AgendaEventTypes
{
    public static FrozenDictionary<string, Type> PerNaam { get; } = typeof(IAgendaEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false, IsGenericType: false } && typeof(IAgendaEvent).IsAssignableFrom(type))
        .ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>The event type stored under <paramref name="naam"/>.</summary>
    public static Type Van(string naam) => PerNaam.TryGetValue(naam, out var type)
        ? type
        : throw new InvalidDataException($"Onbekend eventtype {naam}.");
}
