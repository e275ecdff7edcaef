using Intake.Contracts.Leerplicht;
using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using Leerplicht.Api.Intake;
using Leerplicht.Api.Opslag;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>/v1/thuiszitters: report a thuiszitter case, close, correct, withdraw or transfer it, read it back, and list a municipality's open cases.</summary>
public static class ThuiszittersApi
{
    public static IEndpointRouteBuilder MapThuiszittersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/thuiszitters").WithTags("Thuiszitters").RequireAuthorization(Rechten.Thuiszitters).Geaudit();
        // A case is read and written only by the leerplichtambtenaar of the municipality it belongs to now.
        var zaak = api.MapGroup("/{id}")
            .AlleenEigen<Zaak>(Zaak.Soort, (z, aanroeper) => aanroeper.Is(OrganisatieSoorten.Gemeente, z.Gemeente), "deze thuiszitterszaak");

        api.MapPost("", Meld)
            .WithName("MeldThuiszitter")
            .WithSummary("Meld een thuiszitter")
            .WithDescription("Legt de zaak vast en publiceert ThuiszitterGemeld. 202 pas nadat de berichtenbus het event bevestigde; dezelfde meldingId opnieuw geeft hetzelfde antwoord.")
            .Accepts<ThuiszitterMelding>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(LocationHeader.Documenteer("/v1/thuiszitters/{id}"));

        api.MapControle<ThuiszitterMelding>("ControleerThuiszitter", "een thuiszittermelding",
            (body, services) => services.GetRequiredService<MeldingValidator>().ValidateMelding(body).Errors);

        api.MapGet("", Werkvoorraad)
            .WithName("GetThuiszitters")
            .WithSummary("De open thuiszitterszaken van een gemeente, langer dan drie maanden eerst")
            .WithDescription("Werkvoorraad van het leerplichtbureau: de open, niet ingetrokken zaken van de gemeente op de peildatum met hun leeftijd in dagen en termijndatum; eerst de zaken die langer dan drie maanden lopen, dan de oudste.");

        zaak.MapGet("", Find)
            .WithName("GetThuiszitter")
            .WithSummary("Een thuiszitterszaak zoals de intake hem kent, met alle meldingen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        zaak.MapPost("/beeindiging", Beeindig)
            .WithName("BeeindigThuiszitter")
            .WithSummary("Beëindig een thuiszitterszaak")
            .WithDescription("Legt einddatum en uitkomst vast en publiceert ThuiszitterBeeindigd. 404 voor een onbekende zaak, 409 als de zaak al met een andere melding is beëindigd.")
            .Accepts<ThuiszitterBeeindiging>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        zaak.MapPost("/correcties", Corrigeer)
            .WithName("CorrigeerThuiszitterMelding")
            .WithSummary("Corrigeer een eerdere melding van de zaak")
            .WithDescription("Vervangt de melding, beëindiging of overdracht met gecorrigeerdeMeldingId door de gegeven waarden en publiceert hetzelfde soort event met corrigeert = het event van die melding. 404 voor een onbekende zaak; 409 als die melding al is gecorrigeerd (noem dan de nieuwste correctie) of ingetrokken, of de zaak is ingetrokken.")
            .Accepts<ThuiszitterCorrectie>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        zaak.MapPost("/intrekkingen", TrekIn)
            .WithName("TrekThuiszitterMeldingIn")
            .WithSummary("Trek een eerdere melding van de zaak in")
            .WithDescription("Publiceert MeldingIngetrokken. Intrekken van de beëindiging heropent de zaak; intrekken van de melding trekt de zaak in (telt niet meer, niet meer te beëindigen of over te dragen); intrekken van de laatste overdracht zet de zaak terug bij de vorige gemeente. 404 voor een onbekende zaak; 409 als de melding al is gecorrigeerd of ingetrokken.")
            .Accepts<ThuiszitterIntrekking>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        zaak.MapPost("/overdrachten", DraagOver)
            .WithName("DraagThuiszitterOver")
            .WithSummary("Draag een open zaak over aan een andere gemeente van de regio")
            .WithDescription("Na een verhuizing binnen de regio: de zaak houdt startdatum en termijn en telt vanaf de overdrachtsdatum voor de nieuwe gemeente; publiceert ThuiszitterOvergedragen. Een verhuizing buiten de regio is een beëindiging met uitkomst verhuisd. 404 voor een onbekende zaak; 409 voor een beëindigde of ingetrokken zaak.")
            .Accepts<ThuiszitterOverdracht>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return app;
    }

    private const string Wat = "de zaak";

    private static async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Meld(
        HttpRequest request, ThuiszitterIntake intake, CancellationToken cancellationToken)
    {
        var body = await IntakeHttp.ReadJsonAsync(request, cancellationToken);
        if (body is null) return IntakeHttp.OngeldigeJson();
        return await intake.Meld(body.Value, cancellationToken);
    }

    private static async Task<Results<Ok<Thuiszitter>, ValidationProblem, ProblemHttpResult>> Find(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, ThuiszitterIntake intake, CancellationToken cancellationToken)
    {
        if (!IntakeHttp.TryParseId(id, out var zaakId)) return NlProblems.Validation("id", IntakeHttp.IdReden(Wat));
        return await intake.Find(zaakId, cancellationToken) is { } zaak
            ? TypedResults.Ok(zaak)
            : NlProblems.NotFound($"Er is geen thuiszitterszaak met id {zaakId}.");
    }

    private static async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Beeindig(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, HttpRequest request, ThuiszitterIntake intake, MeldingValidator validator,
        CancellationToken cancellationToken)
    {
        // With a bad id the body is still validated, so every field is reported at once.
        var (body, zaakId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat, json => validator.ValidateBeeindiging(json, null).Errors,
            cancellationToken);
        if (probleem is not null) return probleem;
        return await intake.Beeindig(zaakId, body, cancellationToken);
    }

    private static async Task<Results<Ok<ThuiszittersWerkvoorraad>, ValidationProblem, ProblemHttpResult>> Werkvoorraad(
        [Description("CBS-code van de gemeente: standaard de gemeente van het token; een andere gemeente geeft 403.")] string? gemeente,
        [Description("Datum (JJJJ-MM-DD) waarop open zaken en leeftijden worden bepaald; standaard vandaag (Europe/Amsterdam).")] string? peildatum,
        ThuiszitterIntake intake, TimeProvider time, ClaimsPrincipal gebruiker, CancellationToken cancellationToken)
    {
        var aanroeper = Aanroeper.Van(gebruiker);
        gemeente ??= aanroeper.OrganisatieCode;
        var errors = new Dictionary<string, string[]>();
        if (!GemeenteCode.TryParse(gemeente, out var code) || !RegioGemeenten.Contains(code))
            errors["gemeente"] = [$"De gemeente is een van {string.Join(", ", RegioGemeenten.All)}."];
        else if (!aanroeper.Is(OrganisatieSoorten.Gemeente, code.Value))
            return NlProblems.Forbidden($"U werkt namens {aanroeper}; de werkvoorraad van {code.Value} is van die gemeente.");
        var datum = time.Today();
        if (peildatum is not null && !AmsterdamDate.TryParseIso(peildatum, out datum))
            errors["peildatum"] = ["De peildatum is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-05-01."];
        else if (!AmsterdamDate.InRange(datum))
            errors["peildatum"] = [AmsterdamDate.OutOfRangeReason("De peildatum")];
        if (errors.Count > 0) return NlProblems.Validation(errors);
        return TypedResults.Ok(await intake.Werkvoorraad(code, datum, cancellationToken));
    }

    private static Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> Corrigeer(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, HttpRequest request, ThuiszitterVervolg vervolg, CancellationToken cancellationToken) =>
        WithCase(id, request, vervolg.Corrigeer, cancellationToken);

    private static Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> TrekIn(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, HttpRequest request, ThuiszitterVervolg vervolg, CancellationToken cancellationToken) =>
        WithCase(id, request, vervolg.TrekIn, cancellationToken);

    private static Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> DraagOver(
        [Description("Het id dat de intake aan de zaak gaf.")] string id, HttpRequest request, ThuiszitterVervolg vervolg, CancellationToken cancellationToken) =>
        WithCase(id, request, vervolg.DraagOver, cancellationToken);

    /// <summary>A melding about an existing case: the path's id and the body's JSON checked before the flow runs.</summary>
    private static async Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>> WithCase(
        string id, HttpRequest request,
        Func<Guid, JsonElement, CancellationToken, Task<Results<Accepted<ThuiszitterAangenomen>, ValidationProblem, ProblemHttpResult>>> flow,
        CancellationToken cancellationToken)
    {
        // What the body must hold depends on the case, so with a bad id only the id (and malformed JSON) is reported.
        var (body, zaakId, probleem) = await IntakeHttp.LeesMetId(request, id, Wat, _ => new Dictionary<string, string[]>(), cancellationToken);
        if (probleem is not null) return probleem;
        return await flow(zaakId, body, cancellationToken);
    }
}
