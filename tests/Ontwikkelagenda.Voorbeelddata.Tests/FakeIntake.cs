using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ontwikkelagenda.Voorbeelddata.Tests;

/// <summary>
/// Stands in for the intake services inside these unit tests: records every request (with the token it carried) and
/// answers with the next scripted response, or with <see cref="Standaard"/> when the script is used up. Its
/// <see cref="Afzenders"/> give each client and service a token that names them, as Identity.Api's would stand for them.
/// </summary>
internal sealed class FakeIntake : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _script = new();

    public List<(HttpMethod Method, Uri Uri, string Body, string? Token)> Requests { get; } = [];

    /// <summary>A client the demo list does not hold: making its sender throws, as <c>DemoAccounts.Geheim</c> does.</summary>
    public string? OnbekendeClient { get; init; }

    public int Afzendersgemaakt { get; private set; }

    public Afzenders Afzenders() => new((namens, service) =>
    {
        if (namens == OnbekendeClient) throw new KeyNotFoundException($"{namens} staat niet in demo-accounts.txt.");
        Afzendersgemaakt++;
        return new MetToken($"{namens}/{service}", this);
    });

    public Func<HttpRequestMessage, string, HttpResponseMessage> Standaard { get; set; } =
        (_, _) => Accepted("""{"testId":"x"}""");

    public FakeIntake Then(Func<HttpResponseMessage> response)
    {
        _script.Enqueue(response);
        return this;
    }

    public static HttpResponseMessage Accepted(string json, string? location = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Accepted)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (location is not null) response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }

    public static HttpResponseMessage Problem(HttpStatusCode status, string json) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/problem+json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, body, request.Headers.Authorization?.Parameter));
        return _script.TryDequeue(out var next) ? next() : Standaard(request, body);
    }

    /// <summary>Adds the fake token before the shared intake (disposing a handler leaves the fake usable).</summary>
    private sealed class MetToken(string token, HttpMessageHandler intake) : DelegatingHandler(intake)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
