using System.ComponentModel;
using Agenda.Api.Orleans;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.NlApi;

namespace Agenda.Api.Gemeenten;

/// <summary>/v1/gemeenten/{code}: one municipality of the region with its figures.</summary>
public static class GemeentenApi
{
    public static IEndpointRouteBuilder MapGemeentenApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/gemeenten/{code}", Get)
            .WithTags("Gemeenten")
            .WithName("GetGemeente")
            .WithSummary("Een gemeente van de regio met noemer en thuiszitterscijfers op een peildatum")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<GemeenteDetail>, ValidationProblem, ProblemHttpResult>> Get(
        [Description("CBS-gemeentecode, bijvoorbeeld GM1730.")] string code, string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!GemeenteCode.TryParse(code, out var gemeenteCode))
            errors["code"] = ["De gemeentecode is GM en vier cijfers, bijvoorbeeld GM1730."];
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem))
            errors[Peildatum.QueryName] = problem.ProblemDetails.Errors[Peildatum.QueryName];
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var gemeente = RegioGemeenten.Contains(gemeenteCode)
            ? (await client.GetGrain<IRegisterGrain>(0).GetGemeenten().WaitAsync(cancellationToken)).FirstOrDefault(g => g.Code == gemeenteCode.Value)
            : null;
        if (gemeente is null) return NlProblems.NotFound($"De gemeente {gemeenteCode} hoort niet bij regio 22.01.");

        var kpis = await client.GetGrain<IGemeenteGrain>(gemeente.Code).GetThuiszitterKpis(datum).WaitAsync(cancellationToken);
        return TypedResults.Ok(new GemeenteDetail(gemeente.Code, gemeente.Naam, gemeente.Jongeren5Tot18, gemeente.Schooljaar, datum, kpis.ToCijfers()));
    }
}
