using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>
/// <c>POST /v1/{resource}/validaties</c>: checks a melding with the same validation as the resource's POST and stores
/// and publishes nothing. A CSV upload checks every row this way before it posts any, so a file with one wrong row
/// stores nothing. Rules that need stored state (a repeated meldingId, a follow-up on an unknown case) are not judged.
/// </summary>
public static class IntakeControle
{
    public const string Pad = "/validaties";

    /// <param name="group">The resource's group, e.g. <c>/v1/trajecten</c>.</param>
    /// <param name="naam">The operation's name in the OpenAPI document.</param>
    /// <param name="wat">What is checked, in Dutch ("de start van een traject").</param>
    /// <param name="fouten">The resource's own validation: every field error of the body, none when it is valid.</param>
    public static RouteHandlerBuilder MapControle<TBody>(this RouteGroupBuilder group, string naam, string wat,
        Func<JsonElement, IServiceProvider, IReadOnlyDictionary<string, string[]>> fouten) where TBody : notnull =>
        group.MapControle<TBody>(naam, wat, (body, services, _) => Task.FromResult(fouten(body, services)));

    /// <inheritdoc cref="MapControle{TBody}(RouteGroupBuilder, string, string, Func{JsonElement, IServiceProvider, IReadOnlyDictionary{string, string[]}})"/>
    /// <remarks>For validation that reads stored state, such as a contract's provider in the register.</remarks>
    public static RouteHandlerBuilder MapControle<TBody>(this RouteGroupBuilder group, string naam, string wat,
        Func<JsonElement, IServiceProvider, CancellationToken, Task<IReadOnlyDictionary<string, string[]>>> fouten) where TBody : notnull =>
        group.MapPost(Pad, (HttpRequest request, CancellationToken cancellationToken) =>
                Controleer(request, body => fouten(body, request.HttpContext.RequestServices, cancellationToken), cancellationToken))
            .WithName(naam)
            .WithSummary($"Controleer {wat} zonder iets vast te leggen")
            .WithDescription($"Valideert de body precies zoals de POST op de collectie dat doet, maar legt niets vast en publiceert niets: 200 als de melding zo zou worden aangenomen, 400 met elk ongeldig veld anders. Wat alleen met opgeslagen gegevens te beoordelen is (een herhaalde meldingId) wordt niet gecontroleerd.")
            .Accepts<TBody>("application/json");

    public static async Task<Results<Ok<Controle>, ValidationProblem>> Controleer(HttpRequest request,
        Func<JsonElement, Task<IReadOnlyDictionary<string, string[]>>> fouten, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (body is null) return IntakeHttp.OngeldigeJson();
        var gevonden = await fouten(body.Value);
        return gevonden.Count > 0 ? NlProblems.Validation(gevonden) : TypedResults.Ok(new Controle(true));
    }
}
