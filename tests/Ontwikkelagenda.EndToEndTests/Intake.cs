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

    /// <summary>
    /// Reports five more absoluut cases of <paramref name="gemeente"/> starting on <paramref name="startdatum"/> when the
    /// duration bucket they fall in holds 1 to 4, so that it holds 0 or 5 and more: a "&lt;5" bucket keeps the
    /// municipality's open total withheld for a viewer without case rights, whatever it grows to.
    /// </summary>
    public static async Task VulAanBuitenKleineAantallen(HttpClient leerplicht, string gemeente, int bucket, DateOnly startdatum)
    {
        if (bucket is < 1 or > 4) return;
        for (var i = 0; i < 5; i++) await Accepted(leerplicht, "/v1/thuiszitters", Meldingen.Absoluut(gemeente, startdatum));
    }
}
