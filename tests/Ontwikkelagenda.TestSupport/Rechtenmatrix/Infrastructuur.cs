using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>The rows every service has, anonymous by design: health, liveness, metrics (MapDefaultEndpoints) and an API's OpenAPI document.</summary>
public static class Infrastructuur
{
    /// <param name="openApiDocument">The API's OpenAPI document; null for a service without one.</param>
    public static IEnumerable<Rij<TContext>> Rijen<TContext>(string? openApiDocument = "/v1/openapi.json")
    {
        yield return new(Eindpunt.ElkeMethode, "/health", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/health"));
        yield return new(Eindpunt.ElkeMethode, "/alive", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/alive"));
        yield return new(Eindpunt.ElkeMethode, "/metrics", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/metrics"));
        if (openApiDocument is not null)
            yield return new("GET", openApiDocument, Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, openApiDocument));
    }

    /// <summary>The audit trail of an intake: the functionaris gegevensbescherming of any organisation, nobody else.</summary>
    public static Rij<TContext> Audittrail<TContext>() =>
        new("GET", "/v1/audit", Toegang.Rollen(Rollen.Functionaris), () => new HttpRequestMessage(HttpMethod.Get, "/v1/audit"));
}
