using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.NlApi;

namespace Ondersteuning.Api.Meldingen;

/// <summary>The parsing every endpoint shares: path id and raw JSON body, malformed input answered as a 400 naming every field.</summary>
public static class Verzoek
{
    public static async Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>> Body<T>(HttpRequest request,
        Func<JsonElement, Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>>> handle, CancellationToken cancellationToken)
    {
        var body = await JsonBody.Read(request, cancellationToken);
        if (body is null) return NlProblems.Validation(Velden.Body, JsonBody.MalformedReason);
        return await handle(body.Value);
    }

    /// <param name="fouten">The body's field errors without the entity (reported with a wrong path id).</param>
    public static async Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>> IdEnBody<T>(string id, HttpRequest request,
        Func<JsonElement, IReadOnlyDictionary<string, string[]>> fouten,
        Func<Guid, JsonElement, Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>>> handle, CancellationToken cancellationToken)
    {
        var body = await JsonBody.Read(request, cancellationToken);
        if (!JsonBody.TryParseId(id, out var entiteitId)) return NlProblems.Validation(JsonBody.MetOngeldigId(body, fouten));
        if (body is null) return NlProblems.Validation(Velden.Body, JsonBody.MalformedReason);
        return await handle(entiteitId, body.Value);
    }

    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Id<T>(string id, string omschrijving,
        Func<Guid, Task<T?>> find) where T : class
    {
        if (!JsonBody.TryParseId(id, out var entiteitId)) return NlProblems.Validation("id", JsonBody.IdReason);
        return await find(entiteitId) is { } gevonden
            ? TypedResults.Ok(gevonden)
            : NlProblems.NotFound($"Er is geen {omschrijving} met id {entiteitId}.");
    }
}
