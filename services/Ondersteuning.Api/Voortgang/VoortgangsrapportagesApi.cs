using System.Security.Claims;
using Ontwikkelagenda.Intake.Toegang;
using Intake.Contracts.Meldingen;
using Intake.Contracts.Ondersteuning;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Validatie;

namespace Ondersteuning.Api.Voortgang;

/// <summary>/v1/voortgangsrapportages: partners report progress on an agenda goal; correct, withdraw, read back.</summary>
public static class VoortgangsrapportagesApi
{
    private const string IdDescription = "Het id dat de intake aan de rapportage gaf.";

    public static IEndpointRouteBuilder MapVoortgangsrapportagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/voortgangsrapportages").WithTags("Voortgangsrapportages").RequireAuthorization(Rechten.Voortgang).Geaudit();

        api.MapPost("", Rapporteer)
            .WithName("RapporteerVoortgang")
            .WithSummary("Rapporteer de voortgang op een agendadoel")
            .WithDescription("Publiceert VoortgangGerapporteerd (meldende organisatie: de organisatie waarvoor het token is uitgegeven). 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<Voortgangsrapportage>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/voortgangsrapportages/{id}"));

        api.MapControle<Voortgangsrapportage>("ControleerVoortgangsrapportage", "een voortgangsrapportage",
            (body, services) => services.GetRequiredService<MeldingValidator>().ValidateRapport(body).Errors);

        // A report is read back, corrected and withdrawn only by the organisation it is stored under.
        var eigen = api.MapGroup("/{id}").AlleenEigen((services, id, aanroeper, cancellationToken) =>
            services.GetRequiredService<VoortgangIntake>().IsVan(id, aanroeper, cancellationToken), "deze voortgangsrapportage");

        eigen.MapGet("", Find)
            .WithName("GetVoortgangsrapportage")
            .WithSummary("Een voortgangsrapportage zoals ze nu geldt, met haar meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        eigen.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerVoortgangsrapportage")
            .WithSummary("Corrigeer een voortgangsrapportage")
            .WithDescription("Stuur alle velden van de rapportage opnieuw, met gecorrigeerdeMeldingId. Publiceert VoortgangGerapporteerd met corrigeert. 409 als die melding al gecorrigeerd of ingetrokken is.")
            .Accepts<Correctie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekVoortgangsrapportageIn")
            .WithSummary("Trek een voortgangsrapportage in")
            .WithDescription("Publiceert MeldingIngetrokken.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> Rapporteer(
        HttpRequest request, ClaimsPrincipal gebruiker, VoortgangIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Body(request, body => intake.Rapporteer(body, Aanroeper.Van(gebruiker), cancellationToken), cancellationToken);

    private static Task<Results<Ok<Voortgangsrapport>, ValidationProblem, ProblemHttpResult>> Find(
        [Description(IdDescription)] string id, VoortgangIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Id(id, "voortgangsrapportage", rapportId => intake.Find(rapportId, cancellationToken));

    private static Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description(IdDescription)] string id, HttpRequest request, VoortgangIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateCorrectieKop(body).Errors,
            (rapportId, body) => intake.Corrigeer(rapportId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<RapportAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description(IdDescription)] string id, HttpRequest request, VoortgangIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateIntrekking(body).Errors,
            (rapportId, body) => intake.TrekIn(rapportId, body, cancellationToken), cancellationToken);
}
