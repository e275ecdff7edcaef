using System.ComponentModel;
using Inkoop.Api.Meldingen;
using Intake.Contracts.Inkoop;
using Intake.Contracts.Meldingen;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Inkoop.Api.Aanbieders;

/// <summary>/v1/aanbieders: register a care provider, correct or withdraw it, and read the register.</summary>
public static class AanbiedersApi
{
    private const string Wat = "de aanbieder";

    public static IEndpointRouteBuilder MapAanbiedersApi(this IEndpointRouteBuilder app)
    {
        // Providers are the region's, shared by every inkoper of a municipality or the subregion.
        var api = app.MapGroup("/v1/aanbieders").WithTags("Aanbieders").RequireAuthorization(Rechten.Inkoop).Geaudit();

        api.MapPost("", Registreer)
            .WithName("RegistreerAanbieder")
            .WithSummary("Registreer een zorgaanbieder")
            .WithDescription("Legt de aanbieder vast en publiceert AanbiederGeregistreerd. 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<AanbiederRegistratie>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/aanbieders/{id}"));

        api.MapGet("", Lijst)
            .WithName("ListAanbieders")
            .WithSummary("De geregistreerde aanbieders (zonder ingetrokken registraties)");

        api.MapGet("/{id}", Vind)
            .WithName("GetAanbieder")
            .WithSummary("Een aanbieder met de geschiedenis van zijn meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id}/correcties", Corrigeer)
            .WithName("CorrigeerAanbieder")
            .WithSummary("Corrigeer de registratie van een aanbieder")
            .WithDescription("Publiceert AanbiederGeregistreerd opnieuw met Corrigeert = het event van de gecorrigeerde melding. 404 voor een onbekende aanbieder, 409 als die melding al gecorrigeerd of ingetrokken is.")
            .Accepts<AanbiederCorrectie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/aanbieders/{id}"));

        api.MapPost("/{id}/intrekkingen", TrekIn)
            .WithName("TrekAanbiederMeldingIn")
            .WithSummary("Trek een melding over een aanbieder in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de registratie zelf haalt de aanbieder uit het register; intrekken van een correctie laat de gecorrigeerde melding weer gelden.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/aanbieders/{id}"));

        return app;
    }

    private static async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> Registreer(
        HttpRequest request, AanbiederIntake intake, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (body is null) return IntakeHttp.OngeldigeJson();
        return await intake.Registreer(body.Value, cancellationToken);
    }

    private static async Task<Ok<IReadOnlyList<Aanbieder>>> Lijst(AanbiederIntake intake, CancellationToken cancellationToken) =>
        TypedResults.Ok(await intake.Lijst(cancellationToken));

    private static async Task<Results<Ok<Aanbieder>, ValidationProblem, ProblemHttpResult>> Vind(
        [Description("Het id dat de intake aan de aanbieder gaf.")] string id, AanbiederIntake intake, CancellationToken cancellationToken)
    {
        if (!IntakeHttp.TryParseId(id, out var aanbiederId)) return NlProblems.Validation("id", IntakeHttp.IdReden(Wat));
        return await intake.Vind(aanbiederId, cancellationToken) is { } aanbieder
            ? TypedResults.Ok(aanbieder)
            : NlProblems.NotFound($"Er is geen aanbieder met id {id}.");
    }

    private static async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description("Het id dat de intake aan de aanbieder gaf.")] string id, HttpRequest request, AanbiederIntake intake,
        Verzoeklezer lezer, CancellationToken cancellationToken)
    {
        var (body, aanbiederId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat,
            json => lezer.Lees<AanbiederCorrectie>(json).Fouten, cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.Corrigeer(aanbiederId, body, cancellationToken);
    }

    private static async Task<Results<Accepted<AanbiederAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description("Het id dat de intake aan de aanbieder gaf.")] string id, HttpRequest request, AanbiederIntake intake,
        Verzoeklezer lezer, CancellationToken cancellationToken)
    {
        var (body, aanbiederId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat,
            json => lezer.Lees<Intrekking>(json).Fouten, cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.TrekIn(aanbiederId, body, cancellationToken);
    }
}
