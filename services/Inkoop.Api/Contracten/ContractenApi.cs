using System.ComponentModel;
using Inkoop.Api.Meldingen;
using Intake.Contracts.Inkoop;
using Intake.Contracts.Meldingen;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Inkoop.Api.Contracten;

/// <summary>/v1/contracten: report a contract, end, correct or withdraw it, and read the contracts of a municipality.</summary>
public static class ContractenApi
{
    private const string Wat = "het contract";

    public static IEndpointRouteBuilder MapContractenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/contracten").WithTags("Contracten").RequireAuthorization(Rechten.Inkoop).Geaudit();
        // Every inkoper reads every contract (the procurement comparison); a contract is changed only by its contractant.
        var contract = api.MapGroup("/{id}")
            .AlleenEigen<ContractStaat>(ContractStaat.EntiteitSoort, (staat, aanroeper) => ContractToegang.MagSchrijven(aanroeper, staat.Contractant), "dit contract");

        api.MapPost("", Sluit)
            .WithName("MeldContract")
            .WithSummary("Meld een gesloten contract")
            .WithDescription("Legt het contract vast en publiceert ContractGesloten (met de huidige naam van de aanbieder). 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<ContractMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/contracten/{id}"));

        api.MapControle<ContractMelding>("ControleerContract", "de melding van een contract",
            (body, services, cancellationToken) => services.GetRequiredService<ContractIntake>().Controleer(body, cancellationToken));

        api.MapGet("", Lijst)
            .WithName("ListContracten")
            .WithSummary("De contracten die voor een gemeente tellen")
            .WithDescription("Met gemeente: de eigen contracten van die gemeente en die van de subregio. Zonder: alle. Ingetrokken contracten niet.");

        api.MapGet("/{id}", Vind)
            .WithName("GetContract")
            .WithSummary("Een contract met de geschiedenis van zijn meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        contract.MapPost("/beeindiging", Beeindig)
            .WithName("BeeindigContract")
            .WithSummary("Beëindig een contract")
            .WithDescription("Publiceert ContractBeeindigd. 404 voor een onbekend contract, 409 als het al beëindigd of ingetrokken is.")
            .Accepts<ContractBeeindiging>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/contracten/{id}"));

        contract.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerContract")
            .WithSummary("Corrigeer een melding over een contract")
            .WithDescription("Voor het contract zelf alle velden opnieuw, voor de beëindiging alleen einddatum. Publiceert hetzelfde eventtype opnieuw met Corrigeert = het event van de gecorrigeerde melding.")
            .Accepts<ContractCorrectie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/contracten/{id}"));

        contract.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekContractMeldingIn")
            .WithSummary("Trek een melding over een contract in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de contractmelding zelf laat het contract nergens meer tellen; intrekken van een correctie laat de gecorrigeerde melding weer gelden.")
            .Accepts<Intrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/contracten/{id}"));

        return app;
    }

    private static async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Sluit(
        HttpRequest request, ContractIntake intake, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (body is null) return IntakeHttp.OngeldigeJson();
        return await intake.Sluit(body.Value, cancellationToken);
    }

    private static async Task<Results<Ok<IReadOnlyList<Contract>>, ValidationProblem>> Lijst(
        [Description("CBS-code van een gemeente van regio 22.01, bijvoorbeeld GM0106.")] string? gemeente, ContractIntake intake, CancellationToken cancellationToken)
    {
        if (gemeente is not null && (!GemeenteCode.TryParse(gemeente, out var code) || !RegioGemeenten.Contains(code)))
            return NlProblems.Validation("gemeente", $"De gemeente is een van {string.Join(", ", RegioGemeenten.All)}.");
        return TypedResults.Ok(await intake.Lijst(gemeente, cancellationToken));
    }

    private static async Task<Results<Ok<Contract>, ValidationProblem, ProblemHttpResult>> Vind(
        [Description("Het id dat de intake aan het contract gaf.")] string id, ContractIntake intake, CancellationToken cancellationToken)
    {
        if (!IntakeHttp.TryParseId(id, out var contractId)) return NlProblems.Validation("id", IntakeHttp.IdReden(Wat));
        return await intake.Vind(contractId, cancellationToken) is { } contract
            ? TypedResults.Ok(contract)
            : NlProblems.NotFound($"Er is geen contract met id {id}.");
    }

    private static async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        [Description("Het id dat de intake aan het contract gaf.")] string id, HttpRequest request, ContractIntake intake,
        Verzoeklezer lezer, CancellationToken cancellationToken)
    {
        var (body, contractId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat,
            json => lezer.Lees<ContractBeeindiging>(json).Fouten, cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.Beeindig(contractId, body, cancellationToken);
    }

    private static async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description("Het id dat de intake aan het contract gaf.")] string id, HttpRequest request, ContractIntake intake,
        VeldLezerFactory lezers, CancellationToken cancellationToken)
    {
        var (body, contractId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat,
            json => ContractIntake.ValideerKop(lezers.Lees<ContractCorrectie>(json)), cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.Corrigeer(contractId, body, cancellationToken);
    }

    private static async Task<Results<Accepted<ContractAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description("Het id dat de intake aan het contract gaf.")] string id, HttpRequest request, ContractIntake intake,
        Verzoeklezer lezer, CancellationToken cancellationToken)
    {
        var (body, contractId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat,
            json => lezer.Lees<Intrekking>(json).Fouten, cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.TrekIn(contractId, body, cancellationToken);
    }
}
