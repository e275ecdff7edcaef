namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>
/// One row of a service's matrix: the endpoint, who gets through, and how to make a request to it (a new one per cell)
/// that the own organisation's user gets to the handler with: a valid body of that organisation, an existing case of it.
/// The request is the same for every cell; only the caller's token differs.
/// </summary>
/// <typeparam name="TContext">What the requests are made with: the test project's fixture.</typeparam>
public sealed record Rij<TContext>(Eindpunt Eindpunt, Toegang Toegang, Func<TContext, CancellationToken, Task<HttpRequestMessage>> Verzoek)
{
    public Rij(string methode, string route, Toegang toegang, Func<TContext, CancellationToken, Task<HttpRequestMessage>> verzoek)
        : this(new Eindpunt(methode, route), toegang, verzoek)
    {
    }

    /// <summary>
    /// Served by middleware before routing (OpenIddict's discovery document and keys), so not among the host's
    /// endpoints: the row is sent, and not held against the endpoint list.
    /// </summary>
    public bool BuitenRoutering { get; init; }

    /// <summary>A row whose request needs nothing made first.</summary>
    public Rij(string methode, string route, Toegang toegang, Func<HttpRequestMessage> verzoek)
        : this(new Eindpunt(methode, route), toegang, (_, _) => Task.FromResult(verzoek()))
    {
    }
}
