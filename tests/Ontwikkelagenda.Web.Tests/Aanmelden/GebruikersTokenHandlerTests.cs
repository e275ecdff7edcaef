using System.Net;
using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web.Tests.Aanmelden;

/// <summary>Every call leaves with the user's access token, refreshed just before it expires; a refused refresh ends the session.</summary>
public sealed class GebruikersTokenHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeVernieuwing vernieuwing = new();
    private readonly GebruikersTokens tokens;
    private readonly Ontvanger ontvanger = new();
    private readonly HttpClient client;
    private int verlopen;

    public GebruikersTokenHandlerTests()
    {
        tokens = new GebruikersTokens(vernieuwing, new FixedTimeProvider(Nu));
        tokens.Verlopen += () => verlopen++;
        client = new HttpClient(new GebruikersTokenHandler(tokens) { InnerHandler = ontvanger }) { BaseAddress = new Uri("http://agenda-api") };
    }

    [Fact]
    public async Task A_call_carries_the_users_access_token_while_it_is_valid()
    {
        tokens.Begin(new Aanmelding("toegang-1", "vernieuw-1", Nu.AddMinutes(4)));

        await client.GetAsync("/v1/regio", TestContext.Current.CancellationToken);
        await client.GetAsync("/v1/agenda", TestContext.Current.CancellationToken);

        Assert.Equal(["Bearer toegang-1", "Bearer toegang-1"], ontvanger.Authorization);
        Assert.Empty(vernieuwing.Gevraagd);
    }

    [Fact]
    public async Task A_token_that_expires_within_the_margin_is_refreshed_once_and_the_new_one_is_used()
    {
        tokens.Begin(new Aanmelding("toegang-1", "vernieuw-1", Nu.Add(GebruikersTokens.Marge - TimeSpan.FromSeconds(1))));
        vernieuwing.Antwoord = new Aanmelding("toegang-2", null, Nu.AddMinutes(5));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.GetAsync("/v1/regio", TestContext.Current.CancellationToken)));

        Assert.Equal(["vernieuw-1"], vernieuwing.Gevraagd);
        Assert.All(ontvanger.Authorization, a => Assert.Equal("Bearer toegang-2", a));
        Assert.Equal(0, verlopen);
    }

    [Fact]
    public async Task A_refused_refresh_sends_nothing_and_says_once_that_the_session_ended()
    {
        tokens.Begin(new Aanmelding("toegang-1", "vernieuw-1", Nu.AddSeconds(-10)));
        vernieuwing.Antwoord = null;

        await Assert.ThrowsAsync<AanmeldingVerlopenException>(() => client.GetAsync("/v1/regio", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AanmeldingVerlopenException>(() => client.GetAsync("/v1/regio", TestContext.Current.CancellationToken));

        Assert.Empty(ontvanger.Authorization);
        Assert.Equal(1, verlopen);
        Assert.True(tokens.IsVerlopen);
        // After the first refusal the store does not ask again with the same refresh token.
        Assert.Equal(["vernieuw-1"], vernieuwing.Gevraagd);
    }

    [Fact]
    public async Task Without_a_signed_in_user_no_call_leaves()
    {
        tokens.Begin(null);

        await Assert.ThrowsAsync<AanmeldingVerlopenException>(() => client.GetAsync("/v1/regio", TestContext.Current.CancellationToken));

        Assert.Empty(ontvanger.Authorization);
        Assert.Empty(vernieuwing.Gevraagd);
        Assert.Equal(1, verlopen);
    }

    public void Dispose()
    {
        client.Dispose();
        tokens.Dispose();
    }

    private sealed class FakeVernieuwing : ITokenVernieuwing
    {
        public Aanmelding? Antwoord { get; set; }

        public List<string> Gevraagd { get; } = [];

        public async Task<Aanmelding?> VernieuwAsync(string refreshToken, CancellationToken cancellationToken)
        {
            lock (Gevraagd) Gevraagd.Add(refreshToken);
            await Task.Yield();
            return Antwoord;
        }
    }

    private sealed class Ontvanger : HttpMessageHandler
    {
        public List<string> Authorization { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Authorization) Authorization.Add(request.Headers.Authorization?.ToString() ?? "(geen)");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
