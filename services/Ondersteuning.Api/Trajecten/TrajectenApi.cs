using Intake.Contracts.Meldingen;
using Intake.Contracts.Ondersteuning;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Validatie;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Trajecten;

/// <summary>/v1/trajecten: a provider delivering care to pupils of a school, started, ended, corrected, withdrawn, read back.</summary>
public static class TrajectenApi
{
    private const string IdDescription = "Het id dat de intake aan het traject gaf.";

    public static IEndpointRouteBuilder MapTrajectenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/trajecten").WithTags("Trajecten").RequireAuthorization(Rechten.Ondersteuning).Geaudit();
        var eigen = api.MapGroup("/{id}").AlleenEigen(TrajectIntake.Resource, "dit traject");

        api.MapPost("", Start)
            .WithName("StartTraject")
            .WithSummary("Meld de start van een traject")
            .WithDescription("Publiceert TrajectGestart (meldende organisatie: de school). 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<TrajectMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/trajecten/{id}"));

        api.MapControle<TrajectMelding>("ControleerTraject", "de start van een traject",
            (body, services) => services.GetRequiredService<MeldingValidator>().ValidateTraject(body).Errors);

        api.MapGet("", Werkvoorraad)
            .WithName("ListLopendeTrajecten")
            .WithSummary("De lopende trajecten van een school, oudste eerst")
            .WithDescription("Werkvoorraad van de school: de trajecten die niet zijn ingetrokken en niet beëindigd, met het aantal dagen dat ze lopen (op vandaag, Europe/Amsterdam). Zo vindt de school het id voor de melding van de beëindiging.");

        eigen.MapGet("", Find)
            .WithName("GetTraject")
            .WithSummary("Een traject zoals het nu geldt, met zijn meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        eigen.MapPost("/beeindiging", Beeindig)
            .WithName("BeeindigTraject")
            .WithSummary("Beëindig een traject")
            .WithDescription("Publiceert TrajectBeeindigd. 404 voor een onbekend traject, 409 als het al beëindigd of ingetrokken is.")
            .Accepts<TrajectBeeindiging>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerTrajectmelding")
            .WithSummary("Corrigeer een melding over een traject")
            .WithDescription("Stuur alle velden van de gecorrigeerde melding (start of beëindiging) opnieuw, met gecorrigeerdeMeldingId. Publiceert hetzelfde eventtype met corrigeert. 409 als die melding al gecorrigeerd of ingetrokken is.")
            .Accepts<Correctie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekTrajectmeldingIn")
            .WithSummary("Trek een melding over een traject in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de startmelding trekt het traject in.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Start(
        HttpRequest request, TrajectIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Body(request, body => intake.Start(body, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<TrajectenWerkvoorraad>, ValidationProblem, ProblemHttpResult>> Werkvoorraad(
        [Description("BRIN-nummer van een school in het register van regio 22.01, bijvoorbeeld 19SL.")] string? brin,
        TrajectIntake intake, Schoolregister register, SchoolToegang toegang, ClaimsPrincipal gebruiker, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!SchoolQuery.TryRead(brin, register, out var school, out var problem)) return problem;
        if (!toegang.Mag(Aanroeper.Van(gebruiker), school.Value)) return NlProblems.Forbidden(SchoolToegang.Weigering(Aanroeper.Van(gebruiker), school.Value));
        return TypedResults.Ok(await intake.Werkvoorraad(school, time.Today(), cancellationToken));
    }

    private static Task<Results<Ok<Traject>, ValidationProblem, ProblemHttpResult>> Find(
        [Description(IdDescription)] string id, TrajectIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Id(id, "traject", trajectId => intake.Find(trajectId, cancellationToken));

    private static Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        [Description(IdDescription)] string id, HttpRequest request, TrajectIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateTrajectBeeindiging(body, null).Errors,
            (trajectId, body) => intake.Beeindig(trajectId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description(IdDescription)] string id, HttpRequest request, TrajectIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateCorrectieKop(body).Errors,
            (trajectId, body) => intake.Corrigeer(trajectId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<TrajectAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description(IdDescription)] string id, HttpRequest request, TrajectIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateIntrekking(body).Errors,
            (trajectId, body) => intake.TrekIn(trajectId, body, cancellationToken), cancellationToken);
}
