using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Posts a melding to an intake service (Leerplicht.Api, Inkoop.Api, Ondersteuning.Api) and expects it accepted.</summary>
internal static class Intake
{
    /// <summary>POSTs <paramref name="body"/> as JSON, asserts 202 and returns the answer's JSON (it holds the new id).</summary>
    public static async Task<JsonElement> Accepted(HttpClient service, string path, object body)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var response = await service.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>GETs <paramref name="path"/> and returns its JSON; asserts 200.</summary>
    public static async Task<JsonElement> Get(HttpClient service, string path, CancellationToken cancellationToken)
    {
        using var response = await service.GetAsync(path, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
