namespace Agenda.Api.Live;

/// <summary>
/// Answers that many viewers ask for (the regio-overzicht of today), kept until one of the scopes they were made of
/// changes. Viewers who ask while the answer is being made share that one read. A change clears the answers of its
/// scopes at once (<see cref="Vergeet"/>); <see cref="Vangnet"/> bounds how long an answer lives if a change was not
/// heard (a notification lost while the silo restarted).
/// </summary>
public sealed class AntwoordCache(TimeProvider time)
{
    /// <summary>The longest an answer is served without a change having cleared it.</summary>
    public static readonly TimeSpan Vangnet = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Antwoord> antwoorden = new(StringComparer.Ordinal);

    /// <summary>The cached answer under <paramref name="sleutel"/>, or a new one read by <paramref name="lees"/>.</summary>
    /// <param name="lees">Reads the answer and names the scopes it was made of; shared, so it takes no request's token.</param>
    public async Task<T> LeesAsync<T>(string sleutel, Func<Task<(T Waarde, IReadOnlySet<string> Scopes)>> lees, CancellationToken cancellationToken)
        where T : class
    {
        var nu = time.GetUtcNow();
        Antwoord antwoord;
        lock (gate)
        {
            if (!antwoorden.TryGetValue(sleutel, out antwoord!) || antwoord.VerlooptOm <= nu)
            {
                antwoord = new Antwoord(new Lazy<Task<(object, IReadOnlySet<string>)>>(async () => await lees()), nu + Vangnet);
                antwoorden[sleutel] = antwoord;
            }
        }
        try
        {
            var (waarde, _) = await antwoord.Lezing.Value.WaitAsync(cancellationToken);
            return (T)waarde;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is not kept: the next viewer asks again.
            lock (gate)
            {
                if (antwoorden.TryGetValue(sleutel, out var huidig) && ReferenceEquals(huidig, antwoord)) antwoorden.Remove(sleutel);
            }
            throw;
        }
    }

    /// <summary>Clears the answers made of any of these scopes, and every answer still being read (it may predate the change).</summary>
    public void Vergeet(IReadOnlyCollection<string> scopes)
    {
        lock (gate)
        {
            foreach (var (sleutel, antwoord) in antwoorden)
            {
                if (!antwoord.Lezing.IsValueCreated || !antwoord.Lezing.Value.IsCompletedSuccessfully
                    || antwoord.Lezing.Value.Result.Scopes.Overlaps(scopes))
                {
                    antwoorden.Remove(sleutel);
                }
            }
        }
    }

    /// <summary>Clears every answer: anything may have changed.</summary>
    public void VergeetAlles()
    {
        lock (gate) antwoorden.Clear();
    }

    private sealed record Antwoord(Lazy<Task<(object Waarde, IReadOnlySet<string> Scopes)>> Lezing, DateTimeOffset VerlooptOm);
}
