namespace Ondersteuning.Api.Validatie;

/// <summary>The outcome of validating a request: the valid value, or every field error.</summary>
public sealed record Validatie<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors) where T : class
{
    public bool IsValid => Value is not null;
}
