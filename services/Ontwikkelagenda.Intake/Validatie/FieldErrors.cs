namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>Collects every field error of a request, keyed by the JSON field name, so all are reported at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>An error on the field or on one of its items (<c>field[1]</c>) or nested fields (<c>field.naam</c>).</summary>
    public bool HasOnder(string field) => errors.Keys.Any(key =>
        key == field || key.StartsWith(field + "[", StringComparison.Ordinal) || key.StartsWith(field + ".", StringComparison.Ordinal));

    public void Add(string field, string reason)
    {
        if (!errors.TryGetValue(field, out var reasons)) errors[field] = reasons = [];
        reasons.Add(reason);
    }

    /// <summary>Every error of another reading, under the same fields, or under <c>prefix.field</c> for a nested object.</summary>
    public void AddAll(IReadOnlyDictionary<string, string[]> other, string? prefix = null)
    {
        foreach (var (field, reasons) in other)
            foreach (var reason in reasons) Add(prefix is null ? field : $"{prefix}.{field}", reason);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(field => field.Key, field => field.Value.ToArray());
}
