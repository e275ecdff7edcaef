using System.ComponentModel;
using System.Text.Json;
using Leerplicht.Api.Intake;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Ontwikkelagenda.NlApi;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>/v1/thuiszitters: report a thuiszitter case, close it, and read it back.</summary>
public static class ThuiszittersApi
{
    public static IEndpointRouteBuilder MapThuiszittersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/thuiszitters").WithTags("Thuiszitters");

        api.MapPost("", Meld)
            .WithName("MeldThuiszitter")
            .WithSummary("Meld een thuiszitter")
            .WithDescription("Legt de zaak vast en publiceert ThuiszitterGemeld. 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<ThuiszitterMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(DocumentLocation);

        api.MapGet("/{id}", Find)
            .WithName("GetThuiszitter")
            .WithSummary("Een thuiszitterszaak zoals de intake hem kent")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/beeindiging", Beeindig)
            .WithName("BeeindigThuiszitter")
            .WithSummary("Beëindig een thuiszitterszaak")
            .WithDescription("Legt einddatum en uitkomst vast en publiceert ThuiszitterBeeindigd. 404 voor een onbekende zaak, 409 als de zaak al met een andere melding is beëindigd.")
            .Accepts<ThuiszitterBeeindiging>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        HttpRequest request, ThuiszitterIntake intake, CancellationToken cancellationToken)
    {
        var body = await ReadJson(request, cancellationToken);
        if (body is null) return MalformedJson();
        return await intake.Meld(body.Value, cancellationToken);
    }

    private static async Task<Results<Ok<Thuiszitter>, ValidationProblem, ProblemHttpResult>> Find(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, ThuiszitterIntake intake, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var zaakId)) return InvalidId();
        return await intake.Find(zaakId, cancellationToken) switch
        {
            { Result: Ok<Thuiszitter> ok } => ok,
            { Result: ProblemHttpResult problem } => problem,
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, HttpRequest request, ThuiszitterIntake intake, MeldingValidator validator, CancellationToken cancellationToken)
    {
        var body = await ReadJson(request, cancellationToken);
        if (!TryParseId(id, out var zaakId))
        {
            // Report the path's id together with the body's fields.
            var errors = body is null
                ? new Dictionary<string, string[]> { [MeldingValidator.Body] = [MalformedJsonReason] }
                : new Dictionary<string, string[]>(validator.ValidateBeeindiging(body.Value, null).Errors);
            errors["id"] = [IdReason];
            return NlProblems.Validation(errors);
        }
        if (body is null) return MalformedJson();
        return await intake.Beeindig(zaakId, body.Value, cancellationToken);
    }

    private static Task DocumentLocation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.GetValueOrDefault("202") is OpenApiResponse accepted)
        {
            accepted.Headers ??= new Dictionary<string, IOpenApiHeader>();
            accepted.Headers["Location"] = new OpenApiHeader
            {
                Description = "Waar de zaak te lezen is: /v1/thuiszitters/{id}.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    }

    private const string IdReason = "Het id van de zaak is een UUID.";

    private static bool TryParseId(string id, out Guid zaakId) => Guid.TryParseExact(id, "D", out zaakId);

    private static ValidationProblem InvalidId() => NlProblems.Validation("id", IdReason);

    private static ValidationProblem MalformedJson() =>
        NlProblems.Validation(MeldingValidator.Body, MalformedJsonReason);

    private const string MalformedJsonReason = "Het verzoek is geen geldige JSON.";

    /// <summary>The raw body, or null when it is not JSON at all.</summary>
    private static async Task<JsonElement?> ReadJson(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
