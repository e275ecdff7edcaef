namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>The rows every API has, anonymous by design: health, liveness, metrics (MapDefaultEndpoints) and the OpenAPI document.</summary>
public static class Infrastructuur
{
    public static IEnumerable<Rij<TContext>> Rijen<TContext>(string openApiDocument = "/v1/openapi.json") =>
    [
        new(Eindpunt.ElkeMethode, "/health", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/health")),
        new(Eindpunt.ElkeMethode, "/alive", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/alive")),
        new(Eindpunt.ElkeMethode, "/metrics", Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, "/metrics")),
        new("GET", openApiDocument, Toegang.Anoniem, () => new HttpRequestMessage(HttpMethod.Get, openApiDocument)),
    ];
}
