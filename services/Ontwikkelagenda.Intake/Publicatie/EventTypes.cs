using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Intake.Publicatie;

/// <summary>The contract event types by name, so a stored event is published as its own type without a per-type switch.</summary>
public static class EventTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(IAgendaEvent).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IAgendaEvent).IsAssignableFrom(type))
        .ToDictionary(type => type.Name, StringComparer.Ordinal);

    public static Type Resolve(string name) => ByName.TryGetValue(name, out var type)
        ? type
        : throw new InvalidOperationException($"Onbekend eventtype {name}.");
}
