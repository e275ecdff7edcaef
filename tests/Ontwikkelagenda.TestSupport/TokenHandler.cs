namespace Ontwikkelagenda.TestSupport;

/// <summary>
/// Sends each request that has no <c>Authorization</c> header yet with a token of the user <paramref name="wie"/>
/// picks for it: tests of a flow act as whoever may do it (the rights themselves have tests of their own).
/// </summary>
public sealed class TokenHandler(Func<HttpRequestMessage, CancellationToken, Task<TestGebruiker>> wie, string audience) : DelegatingHandler
{
    public TokenHandler(TestGebruiker gebruiker, string audience) : this((_, _) => Task.FromResult(gebruiker), audience)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= TestTokens.Bearer(TestTokens.Voor(await wie(request, cancellationToken), audience));
        return await base.SendAsync(request, cancellationToken);
    }
}
