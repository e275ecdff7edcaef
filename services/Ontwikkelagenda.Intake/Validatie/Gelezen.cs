namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// A request as <see cref="Verzoeklezer"/> read it: every field as its rule left it (trimmed text, a choice's JSON name),
/// null where it was absent or wrong, and the errors so far, to which the endpoint's own rules may add.
/// </summary>
public sealed class Gelezen<T>(T verzoek, FieldErrors errors) where T : class
{
    public T Verzoek { get; } = verzoek;

    public FieldErrors Errors { get; } = errors;

    public IReadOnlyDictionary<string, string[]> Fouten => Errors.ToDictionary();

    /// <summary>The valid value <paramref name="maak"/> builds from the request when no field is wrong; otherwise every error.</summary>
    public Validatie<TGeldig> Naar<TGeldig>(Func<T, TGeldig> maak) where TGeldig : class =>
        Errors.Any ? new(null, Fouten) : new(maak(Verzoek), Fouten);
}
