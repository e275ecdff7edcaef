namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>Collects every field error of a request, keyed by the JSON field name, so all are reported at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public bool Has(string field) => errors.ContainsKey(field);

    public void Add(string field, string reason)
    {
        if (!errors.TryGetValue(field, out var reasons)) errors[field] = reasons = [];
        reasons.Add(reason);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(field => field.Key, field => field.Value.ToArray());
}
