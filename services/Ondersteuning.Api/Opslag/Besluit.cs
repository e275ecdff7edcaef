using Microsoft.AspNetCore.Http.HttpResults;

namespace Ondersteuning.Api.Opslag;

/// <summary>
/// What to do with a melding about an existing entity, decided under its row lock: store <see cref="Melding"/>,
/// or refuse it with field errors (400) or a problem (409).
/// </summary>
public sealed record Besluit(OpgeslagenMelding? Melding, IReadOnlyDictionary<string, string[]>? Fouten, ProblemHttpResult? Probleem)
{
    public static Besluit Opslaan(OpgeslagenMelding melding) => new(melding, null, null);

    public static Besluit Ongeldig(IReadOnlyDictionary<string, string[]> fouten) => new(null, fouten, null);

    public static Besluit Ongeldig(string veld, string reden) => Ongeldig(new Dictionary<string, string[]> { [veld] = [reden] });

    public static Besluit Weiger(ProblemHttpResult probleem) => new(null, null, probleem);
}
