using System.ComponentModel;
using Agenda.Api.Kpis;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Api.Client;
using Agenda.Api.Privacy;
using System.Security.Claims;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api.Scholen;

/// <summary>/v1/scholen: the region's school register (filter and search), and one school with every KPI.</summary>
public static class ScholenApi
{
    private const int ZoekMaxLengte = 100;

    public static IEndpointRouteBuilder MapScholenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/scholen").WithTags("Scholen");

        api.MapGet("", List)
            .WithName("GetScholen")
            .WithSummary("Het scholenregister van de regio met de leerlingaantallen van het lopende schooljaar; filter op gemeente, zoek op naam of BRIN");

        api.MapGet("/{brin}", Get)
            .WithName("GetSchool")
            .WithSummary("Een school uit het register met alle KPI's en de status van elk doel op een peildatum")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<SchoolInfo>>, ValidationProblem>> List(
        [Description("Alleen de scholen van deze gemeente (CBS-code, bijvoorbeeld GM1730).")] string? gemeente,
        [Description("Zoekt in de naam van de school (hoofdletters maken niet uit) of op het BRIN-nummer.")] string? zoek,
        IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        GemeenteCode? filter = null;
        if (gemeente is not null)
        {
            if (GemeenteCode.TryParse(gemeente, out var code)) filter = code;
            else errors["gemeente"] = ["De gemeentecode is GM en vier cijfers, bijvoorbeeld GM1730."];
        }
        var term = zoek?.Trim();
        if (zoek is not null && (term!.Length == 0 || term.Length > ZoekMaxLengte))
            errors["zoek"] = [$"De zoekterm heeft 1 tot {ZoekMaxLengte} tekens, bijvoorbeeld een deel van de naam of een BRIN-nummer."];
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var scholen = await client.GetGrain<IRegisterGrain>(0).GetScholen(time.Today()).WaitAsync(cancellationToken);
        IReadOnlyList<SchoolInfo> result = [.. scholen
            .Where(s => filter is null || s.Gemeente == filter.Value.Value)
            .Where(s => term is null || Matches(s, term))
            .Select(ToInfo)];
        return TypedResults.Ok(result);
    }

    private static bool Matches(School school, string term) =>
        school.Brin.Equals(term, StringComparison.OrdinalIgnoreCase)
        || school.Naam.Contains(term, StringComparison.CurrentCultureIgnoreCase);

    private static async Task<Results<Ok<SchoolDetail>, ValidationProblem, ProblemHttpResult>> Get(
        [Description("BRIN-nummer van de school, bijvoorbeeld 12AB.")] string brin, string? peildatum, ClaimsPrincipal gebruiker, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Brin.TryParse(brin, out var brinNummer))
            errors["brin"] = ["Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB."];
        var datum = Peildatum.Resolve(peildatum, time, errors);
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var school = await client.GetGrain<IRegisterGrain>(0).GetSchool(brinNummer.Value, datum).WaitAsync(cancellationToken);
        if (school is null) return NlProblems.NotFound($"De school met BRIN {brinNummer} staat niet in het register van regio 22.01.");

        var c = (await client.GetGrain<ISchoolGrain>(school.Brin).GetKpis(datum).WaitAsync(cancellationToken));
        return TypedResults.Ok(new SchoolDetail(school.Brin, school.Naam, SchoolSoortNaam.Of(school.Soort), school.Gemeente, school.Swv,
            school.Leerlingen, DetailBescherming.Van(datum, c, Inzage.Van(Aanroeper.Van(gebruiker)).Dekt(Niveau.School, school.Brin, school.Swv))));
    }

    private static SchoolInfo ToInfo(School school) =>
        new(school.Brin, school.Naam, SchoolSoortNaam.Of(school.Soort), school.Gemeente, school.Swv, school.Leerlingen);
}
