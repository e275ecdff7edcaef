using Agenda.Domein;

namespace Agenda.Silo.EventStore;

/// <summary>A scope as stored in <c>agenda.events.scopes</c>: <c>gemeente:GM0106</c> (<see cref="Scope.ToString"/>) and back.</summary>
public static class ScopeSleutel
{
    public static Scope Parse(string sleutel)
    {
        var (soort, key) = sleutel.Split(':', 2) is [var s, var k] ? (s, k) : throw new InvalidDataException($"Ongeldige scope {sleutel}.");
        return Enum.TryParse<ScopeSoort>(soort, ignoreCase: true, out var parsed)
            ? new Scope(parsed, key)
            : throw new InvalidDataException($"Ongeldige scope {sleutel}.");
    }
}
