using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.Meldingen;

/// <summary>The parsing every endpoint shares: path id and raw JSON body, malformed input answered as a 400 naming every field.</summary>
public static class Verzoek
{
    public const string IdReason = "Het id in het pad is een UUID.";

    public static async Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>> Body<T>(HttpRequest request,
        Func<JsonElement, Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>>> handle, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (body is null) return IntakeHttp.OngeldigeJson();
        return await handle(body.Value);
    }

    /// <param name="fouten">The body's field errors without the entity (reported with a wrong path id).</param>
    public static async Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>> IdEnBody<T>(string id, HttpRequest request,
        Func<JsonElement, IReadOnlyDictionary<string, string[]>> fouten,
        Func<Guid, JsonElement, Task<Results<Accepted<T>, ValidationProblem, ProblemHttpResult>>> handle, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (!IntakeHttp.TryParseId(id, out var entiteitId)) return NlProblems.Validation(MetOngeldigId(body, fouten));
        if (body is null) return IntakeHttp.OngeldigeJson();
        return await handle(entiteitId, body.Value);
    }

    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Id<T>(string id, string omschrijving,
        Func<Guid, Task<T?>> find) where T : class
    {
        if (!IntakeHttp.TryParseId(id, out var entiteitId)) return NlProblems.Validation("id", IdReason);
        return await find(entiteitId) is { } gevonden
            ? TypedResults.Ok(gevonden)
            : NlProblems.NotFound($"Er is geen {omschrijving} met id {entiteitId}.");
    }

    /// <summary>The errors of a request whose path id is no UUID, together with the body's own field errors.</summary>
    private static Dictionary<string, string[]> MetOngeldigId(JsonElement? body, Func<JsonElement, IReadOnlyDictionary<string, string[]>> validate)
    {
        var errors = body is null
            ? new Dictionary<string, string[]> { [VeldLezer.Body] = [IntakeHttp.OngeldigeJsonReden] }
            : new Dictionary<string, string[]>(validate(body.Value));
        errors["id"] = [IdReason];
        return errors;
    }
}
