using System.Net;
using System.Text;

namespace Ontwikkelagenda.Voorbeelddata.Tests;

/// <summary>
/// Stands in for the intake services inside these unit tests: records every request and answers with the
/// next scripted response, or with <see cref="Standaard"/> when the script is used up.
/// </summary>
internal sealed class FakeIntake : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _script = new();

    public List<(HttpMethod Method, Uri Uri, string Body)> Requests { get; } = [];

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
        Requests.Add((request.Method, request.RequestUri!, body));
        return _script.TryDequeue(out var next) ? next() : Standaard(request, body);
    }
}
