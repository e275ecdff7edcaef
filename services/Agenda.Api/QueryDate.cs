using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api;

/// <summary>
/// Date query parameters (<c>peildatum</c>, <c>van</c>, <c>tot</c>) are read as text so that a malformed value is one
/// entry in the 400's list of wrong fields instead of a binding failure.
/// </summary>
public static class QueryDate
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { Peildatum.QueryName, "van", "tot" };

    /// <summary>Null when absent or wrong; a wrong value is added to <paramref name="errors"/>.</summary>
    public static DateOnly? Parse(string name, string? text, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var label = $"{char.ToUpperInvariant(name[0])}{name[1..]}";
        if (!AmsterdamDate.TryParseIso(text, out var date))
            errors[name] = [$"{label} is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-15."];
        else if (!AmsterdamDate.InRange(date))
            errors[name] = [AmsterdamDate.OutOfRangeReason(label)];
        else
            return date;
        return null;
    }
}
