using System.Text.Json;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>
/// The one way an intake reads a request body: the request record names the fields (any other is refused) and declares
/// each field's rule on its property (<see cref="Intake.Contracts.Regels.VeldregelAttribute"/>). Every wrong field is
/// listed at once; rules between fields or against stored state run afterwards on the result, next to the endpoint.
/// </summary>
public sealed class Verzoeklezer(VeldLezerFactory lezers)
{
    public Gelezen<T> Lees<T>(JsonElement body) where T : class => Lees<T>(body, Verzoekvelden.Van<T>());

    /// <param name="body">The request body as sent.</param>
    /// <param name="bekend">The fields the body may carry, when more than <typeparamref name="T"/>'s (a correction's).</param>
    public Gelezen<T> Lees<T>(JsonElement body, IReadOnlySet<string> bekend) where T : class
    {
        var velden = lezers.Lees(body, bekend);
        return new Gelezen<T>(Lees<T>(velden), velden.Errors);
    }

    /// <summary>
    /// The fields of <typeparamref name="T"/> read by their rules into <paramref name="velden"/>, which already judged the
    /// body's fields against a wider record (a correction that carries the fields of what it corrects).
    /// </summary>
    public static T Lees<T>(VeldLezer velden) where T : class => (T)Verzoekregels.Van(typeof(T)).Maak(velden);
}
