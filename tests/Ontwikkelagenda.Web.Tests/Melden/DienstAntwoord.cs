using System.Net;
using System.Text;
using Intake.Client;
using Refit;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>Builds the <see cref="IApiResponse{T}"/> Refit gives for a service's answer, so fakes answer as the real client does.</summary>
internal static class DienstAntwoord
{
    public static Task<IApiResponse<T>> Aangenomen<T>(T inhoud, HttpStatusCode status = HttpStatusCode.Accepted) =>
        Task.FromResult<IApiResponse<T>>(new ApiResponse<T>(
            new HttpResponseMessage(status) { RequestMessage = new HttpRequestMessage(HttpMethod.Post, "http://dienst/v1/iets") },
            inhoud, IntakeRefit.Settings()));

    /// <summary>A 400 problem+json as the NL API services write it: <c>invalidParams</c> with name and reason.</summary>
    public static Task<IApiResponse<T>> Ongeldig<T>(params (string Naam, string Reden)[] fouten)
    {
        var invalidParams = string.Join(",", fouten.Select(f =>
            $$"""{"name":{{System.Text.Json.JsonSerializer.Serialize(f.Naam)}},"reason":{{System.Text.Json.JsonSerializer.Serialize(f.Reden)}}}"""));
        var json = $$"""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"Ongeldige invoer","status":400,"detail":"{{fouten.Length}} velden van het verzoek zijn ongeldig; zie invalidParams.","invalidParams":[{{invalidParams}}]}""";
        return Probleem<T>(HttpStatusCode.BadRequest, json);
    }

    public static async Task<IApiResponse<T>> Probleem<T>(HttpStatusCode status, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "http://dienst/v1/iets");
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(json, Encoding.UTF8, "application/problem+json"),
        };
        var fout = await ApiException.Create(request, HttpMethod.Post, response, IntakeRefit.Settings());
        return new ApiResponse<T>(response, default, IntakeRefit.Settings(), fout);
    }
}
