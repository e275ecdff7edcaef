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

namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>/v1/eed-verwijzingen: EED dyslexia referrals, their treatment start, corrections and withdrawals, read back.</summary>
public static class EedVerwijzingenApi
{
    private const string IdDescription = "Het id dat de intake aan de verwijzing gaf.";

    public static IEndpointRouteBuilder MapEedVerwijzingenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/eed-verwijzingen").WithTags("EedVerwijzingen").RequireAuthorization(Rechten.Ondersteuning).Geaudit();
        var eigen = api.MapGroup("/{id}").AlleenEigen(EedVerwijzingIntake.Resource, "deze EED-verwijzing");

        api.MapPost("", Meld)
            .WithName("MeldEedVerwijzing")
            .WithSummary("Meld een EED-verwijzing")
            .WithDescription("Publiceert EedVerwijzingGemeld (meldende organisatie: de school). 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<EedVerwijzingMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/eed-verwijzingen/{id}"));

        api.MapControle<EedVerwijzingMelding>("ControleerEedVerwijzing", "een EED-verwijzing",
            (body, services) => services.GetRequiredService<MeldingValidator>().ValidateEedVerwijzing(body).Errors);

        api.MapGet("", Werkvoorraad)
            .WithName("ListOpenstaandeEedVerwijzingen")
            .WithSummary("De openstaande EED-verwijzingen van een school, langst wachtend eerst")
            .WithDescription("Werkvoorraad van de school: de verwijzingen die niet zijn ingetrokken en waarvan de behandeling nog niet is gestart, met het aantal dagen dat ze wachten (op vandaag, Europe/Amsterdam). Zo vindt de school het id voor de melding van de behandelstart.");

        eigen.MapGet("", Find)
            .WithName("GetEedVerwijzing")
            .WithSummary("Een EED-verwijzing zoals ze nu geldt, met haar meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        eigen.MapPost("/behandelstart", StartBehandeling)
            .WithName("StartEedBehandeling")
            .WithSummary("Meld de start van de behandeling")
            .WithDescription("Publiceert EedBehandelingGestart. 404 voor een onbekende verwijzing, 409 als de behandeling al gestart is of de verwijzing is ingetrokken.")
            .Accepts<EedBehandelstart>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerEedmelding")
            .WithSummary("Corrigeer een melding over een EED-verwijzing")
            .WithDescription("Stuur alle velden van de gecorrigeerde melding (verwijzing of behandelstart) opnieuw, met gecorrigeerdeMeldingId. Publiceert hetzelfde eventtype met corrigeert. 409 als die melding al gecorrigeerd of ingetrokken is.")
            .Accepts<Correctie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        eigen.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekEedmeldingIn")
            .WithSummary("Trek een melding over een EED-verwijzing in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de verwijzingsmelding trekt de verwijzing in.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private static Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        HttpRequest request, EedVerwijzingIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Body(request, body => intake.Meld(body, cancellationToken), cancellationToken);

    private static async Task<Results<Ok<EedWerkvoorraad>, ValidationProblem, ProblemHttpResult>> Werkvoorraad(
        [Description("BRIN-nummer van een school in het register van regio 22.01, bijvoorbeeld 19SL.")] string? brin,
        EedVerwijzingIntake intake, Schoolregister register, SchoolToegang toegang, ClaimsPrincipal gebruiker, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!SchoolQuery.TryRead(brin, register, out var school, out var problem)) return problem;
        if (!toegang.Mag(Aanroeper.Van(gebruiker), school.Value)) return NlProblems.Forbidden(SchoolToegang.Weigering(Aanroeper.Van(gebruiker), school.Value));
        return TypedResults.Ok(await intake.Werkvoorraad(school, time.Today(), cancellationToken));
    }

    private static Task<Results<Ok<EedVerwijzing>, ValidationProblem, ProblemHttpResult>> Find(
        [Description(IdDescription)] string id, EedVerwijzingIntake intake, CancellationToken cancellationToken) =>
        Verzoek.Id(id, "EED-verwijzing", verwijzingId => intake.Find(verwijzingId, cancellationToken));

    private static Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> StartBehandeling(
        [Description(IdDescription)] string id, HttpRequest request, EedVerwijzingIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateBehandelstart(body, null).Errors,
            (verwijzingId, body) => intake.StartBehandeling(verwijzingId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description(IdDescription)] string id, HttpRequest request, EedVerwijzingIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateCorrectieKop(body).Errors,
            (verwijzingId, body) => intake.Corrigeer(verwijzingId, body, cancellationToken), cancellationToken);

    private static Task<Results<Accepted<EedVerwijzingAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description(IdDescription)] string id, HttpRequest request, EedVerwijzingIntake intake, MeldingValidator validator, CancellationToken cancellationToken) =>
        Verzoek.IdEnBody(id, request, body => validator.ValidateIntrekking(body).Errors,
            (verwijzingId, body) => intake.TrekIn(verwijzingId, body, cancellationToken), cancellationToken);
}
