using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Api.Client;
using Agenda.Api.Privacy;
using System.Security.Claims;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api.Gemeenten;

/// <summary>/v1/gemeenten: the region's municipalities, and one with every KPI (exact for its leerplichtambtenaar only).</summary>
public static class GemeentenApi
{
    public static IEndpointRouteBuilder MapGemeentenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/gemeenten").WithTags("Gemeenten");

        api.MapGet("", List)
            .WithName("GetGemeenten")
            .WithSummary("De vier gemeenten van de regio met het aantal jongeren van 5 tot 18 van het lopende schooljaar");

        api.MapGet("/{code}", Get)
            .WithName("GetGemeente")
            .WithSummary("Een gemeente van de regio met alle KPI's en de status van elk doel op een peildatum")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<GemeenteInfo>>> List(IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var gemeenten = await client.GetGrain<IRegisterGrain>(0).GetGemeenten(time.Today()).WaitAsync(cancellationToken);
        IReadOnlyList<GemeenteInfo> result = [.. gemeenten
            .Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code))
            .Select(g => new GemeenteInfo(g.Code, g.Naam, g.Jongeren5Tot18, g.Schooljaar))];
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<GemeenteDetail>, ValidationProblem, ProblemHttpResult>> Get(
        [Description("CBS-gemeentecode, bijvoorbeeld GM1730.")] string code, string? peildatum, ClaimsPrincipal gebruiker, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!GemeenteCode.TryParse(code, out var gemeenteCode))
            errors["code"] = ["De gemeentecode is GM en vier cijfers, bijvoorbeeld GM1730."];
        var datum = Peildatum.Resolve(peildatum, time, errors);
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var gemeente = RegioGemeenten.Contains(gemeenteCode)
            ? (await client.GetGrain<IRegisterGrain>(0).GetGemeenten(datum).WaitAsync(cancellationToken)).FirstOrDefault(g => g.Code == gemeenteCode.Value)
            : null;
        if (gemeente is null) return NlProblems.NotFound($"De gemeente {gemeenteCode} hoort niet bij regio 22.01.");

        var c = (await client.GetGrain<IGemeenteGrain>(gemeente.Code).GetKpis(datum).WaitAsync(cancellationToken));
        var exact = Inzage.Van(Aanroeper.Van(gebruiker)).Dekt(Niveau.Gemeente, gemeente.Code);
        return TypedResults.Ok(new GemeenteDetail(gemeente.Code, gemeente.Naam, gemeente.Jongeren5Tot18, gemeente.Schooljaar,
            DetailBescherming.Van(datum, c, exact)));
    }
}
