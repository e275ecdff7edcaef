using Intake.Contracts.Meldingen;
using Intake.Contracts.Ondersteuning;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>/v1/complexe-casussen: one child, one plan, one casusregisseur; report, assign, close, correct, withdraw, read back.</summary>
public static class ComplexeCasussenApi
{
    private const string IdDescription = "Het id dat de intake aan de casus gaf.";

    public static IEndpointRouteBuilder MapComplexeCasussenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/complexe-casussen").WithTags("Complexe casussen").RequireAuthorization(Rechten.Ondersteuning).Geaudit();
        var eigen = api.MapGroup("/{id}").AlleenEigen(ComplexeCasusIntake.Resource, "deze complexe casus");

        api.MapPost("", Meld)
            .WithName("MeldComplexeCasus")
            .WithSummary("Meld een complexe casus")
            .WithDescription("Publiceert ComplexeCasusGemeld (meldende organisatie: de woongemeente). 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<ComplexeCasusMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/complexe-casussen/{id}"));

        api.MapControle<ComplexeCasusMelding>("ControleerComplexeCasus", "de melding van een complexe casus",
            (body, services) => services.GetRequiredService<MeldingValidator>().ValidateComplexeCasus(body).Errors);

        api.MapGet("", Werkvoorraad)
            .WithName("ListOpenComplexeCasussen")
            .WithSummary("De open complexe casussen van een gemeente, langer dan twaalf weken eerst")
            .WithDescription("Werkvoorraad van de gemeente: de casussen die niet zijn afgesloten of ingetrokken, met weken open (op vandaag, Europe/Amsterdam), de huidige casusregisseur (rol en organisatie) en of ze langer dan twaalf weken lopen; eerst die, dan de oudste. Zo vindt de gemeente het id voor toewijzing en afsluiting.");

        eigen.MapGet("", Find)
            .WithName("GetComplexeCasus")
            .WithSummary("Een complexe casus zoals ze nu geldt, met haar meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        eigen.MapPost("/casusregisseur", WijsRegisseurToe)
            .WithName("WijsCasusregisseurToe")
            .WithSummary("Wijs (een nieuwe) casusregisseur toe")
            .WithDescription("Publiceert CasusregisseurToegewezen. 404 voor een onbekende casus, 409 als ze is afgesloten of ingetrokken.")
            .Accepts<CasusregisseurToewijzing>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/afsluiting", SluitAf)
            .WithName("SluitComplexeCasusAf")
            .WithSummary("Sluit een complexe casus af")
            .WithDescription("Publiceert ComplexeCasusAfgesloten. 404 voor een onbekende casus, 409 als ze al is afgesloten of ingetrokken.")
            .Accepts<CasusAfsluiting>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerCasusmelding")
            .WithSummary("Corrigeer een melding over een complexe casus")
            .WithDescription("Stuur alle velden van de gecorrigeerde melding (casus, toewijzing of afsluiting) opnieuw, met gecorrigeerdeMeldingId. Publiceert hetzelfde eventtype met corrigeert. 409 als die melding al gecorrigeerd of ingetrokken is.")
            .Accepts<Correctie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekCasusmeldingIn")
            .WithSummary("Trek een melding over een complexe casus in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de casusmelding trekt de casus in.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        HttpRequest request, ComplexeCasusIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Body(request, body => intake.Meld(body, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<ComplexeCasussenWerkvoorraad>, ValidationProblem, ProblemHttpResult>> Werkvoorraad(
        [Description("CBS-code van de gemeente: GM1680, GM0106, GM1731 of GM1730.")] string? gemeente,
        ComplexeCasusIntake intake, SchoolToegang toegang, ClaimsPrincipal gebruiker, TimeProvider time, CancellationToken cancellationToken)
    {
        // A municipality's complex cases span its schools: the worklist is the SWVs'.
        if (!toegang.Mag(Aanroeper.Van(gebruiker), null)) return NlProblems.Forbidden(SchoolToegang.Weigering(Aanroeper.Van(gebruiker), null));
        if (string.IsNullOrEmpty(gemeente))
            return NlProblems.Validation("gemeente", "De queryparameter gemeente is verplicht, bijvoorbeeld ?gemeente=GM0106.");
        if (!GemeenteCode.TryParse(gemeente, out var code) || !RegioGemeenten.Contains(code))
            return NlProblems.Validation("gemeente", $"De gemeente is een van {string.Join(", ", RegioGemeenten.All)}.");
        return TypedResults.Ok(await intake.Werkvoorraad(code, time.Today(), cancellationToken));
    }

    private static Task<Results<Ok<ComplexeCasus>, ValidationProblem, ProblemHttpResult>> Find(
        [Description(IdDescription)] string id, ComplexeCasusIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Id(id, "complexe casus", casusId => intake.Find(casusId, cancellationToken));

    private static Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> WijsRegisseurToe(
        [Description(IdDescription)] string id, HttpRequest request, ComplexeCasusIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateToewijzing(body, null).Errors,
            (casusId, body) => intake.WijsRegisseurToe(casusId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> SluitAf(
        [Description(IdDescription)] string id, HttpRequest request, ComplexeCasusIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateAfsluiting(body, null).Errors,
            (casusId, body) => intake.SluitAf(casusId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description(IdDescription)] string id, HttpRequest request, ComplexeCasusIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateCorrectieKop(body).Errors,
            (casusId, body) => intake.Corrigeer(casusId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<ComplexeCasusAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description(IdDescription)] string id, HttpRequest request, ComplexeCasusIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateIntrekking(body).Errors,
            (casusId, body) => intake.TrekIn(casusId, body, cancellationToken), cancellationToken);
}
