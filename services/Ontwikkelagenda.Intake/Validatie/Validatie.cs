namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>The outcome of validating a request: the valid value, or every field error.</summary>
public sealed record Validatie<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors) where T : class
{
    public bool IsValid => Value is not null;

    /// <summary>The value <paramref name="maak"/> builds when <paramref name="velden"/> found no error; otherwise every error.</summary>
    public static Validatie<T> Van(VeldLezer velden, Func<T> maak) => velden.Any ? new(null, velden.Fouten) : new(maak(), velden.Fouten);
}
