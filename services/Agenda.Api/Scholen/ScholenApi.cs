using System.ComponentModel;
using Agenda.Api.Orleans;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.NlApi;

namespace Agenda.Api.Scholen;

/// <summary>/v1/scholen: the region's school register, and one school with its figures.</summary>
public static class ScholenApi
{
    public static IEndpointRouteBuilder MapScholenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/scholen").WithTags("Scholen");

        api.MapGet("", List)
            .WithName("GetScholen")
            .WithSummary("Het scholenregister van de regio, eventueel van één gemeente");

        api.MapGet("/{brin}", Get)
            .WithName("GetSchool")
            .WithSummary("Een school uit het register met thuiszitterscijfers op een peildatum")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<SchoolInfo>>, ValidationProblem>> List(
        [Description("Alleen de scholen van deze gemeente (CBS-code, bijvoorbeeld GM1730).")] string? gemeente, IClusterClient client, CancellationToken cancellationToken)
    {
        GemeenteCode? filter = null;
        if (gemeente is not null)
        {
            if (!GemeenteCode.TryParse(gemeente, out var code))
                return NlProblems.Validation("gemeente", "De gemeentecode is GM en vier cijfers, bijvoorbeeld GM1730.");
            filter = code;
        }

        var scholen = await client.GetGrain<IRegisterGrain>(0).GetScholen().WaitAsync(cancellationToken);
        IReadOnlyList<SchoolInfo> result = [.. scholen.Where(s => filter is null || s.Gemeente == filter.Value.Value).Select(ToInfo)];
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<SchoolDetail>, ValidationProblem, ProblemHttpResult>> Get(
        [Description("BRIN-nummer van de school, bijvoorbeeld 12AB.")] string brin, string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Brin.TryParse(brin, out var brinNummer))
            errors["brin"] = ["Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB."];
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem))
            errors[Peildatum.QueryName] = problem.ProblemDetails.Errors[Peildatum.QueryName];
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var school = (await client.GetGrain<IRegisterGrain>(0).GetScholen().WaitAsync(cancellationToken))
            .FirstOrDefault(s => s.Brin == brinNummer.Value);
        if (school is null) return NlProblems.NotFound($"De school met BRIN {brinNummer} staat niet in het register van regio 22.01.");

        var kpis = await client.GetGrain<ISchoolGrain>(school.Brin).GetThuiszitterKpis(datum).WaitAsync(cancellationToken);
        return TypedResults.Ok(new SchoolDetail(school.Brin, school.Naam, SoortNaam(school.Soort), school.Gemeente, school.Swv,
            school.Leerlingen, datum, kpis.ToCijfers()));
    }

    private static SchoolInfo ToInfo(School school) =>
        new(school.Brin, school.Naam, SoortNaam(school.Soort), school.Gemeente, school.Swv, school.Leerlingen);

    private static string SoortNaam(SchoolSoort soort) => soort switch
    {
        SchoolSoort.Bao => "BAO",
        SchoolSoort.Sbo => "SBO",
        SchoolSoort.So => "SO",
        SchoolSoort.Vso => "VSO",
        SchoolSoort.Vo => "VO",
        SchoolSoort.Pro => "PrO",
        _ => soort.ToString(),
    };
}
