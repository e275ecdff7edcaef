using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Api.Client;
using Agenda.Api.Privacy;
using System.Security.Claims;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api.Samenwerkingsverbanden;

/// <summary>/v1/samenwerkingsverbanden: the region's two SWVs, and one with every KPI.</summary>
public static class SamenwerkingsverbandenApi
{
    public static IEndpointRouteBuilder MapSamenwerkingsverbandenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/samenwerkingsverbanden").WithTags("Samenwerkingsverbanden");

        api.MapGet("", List)
            .WithName("GetSamenwerkingsverbanden")
            .WithSummary("De samenwerkingsverbanden passend onderwijs van de regio");

        api.MapGet("/{code}", Get)
            .WithName("GetSamenwerkingsverband")
            .WithSummary("Een samenwerkingsverband met alle KPI's en de status van elk doel op een peildatum")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SwvInfo>>> List(IClusterClient client, CancellationToken cancellationToken)
    {
        var swvs = await client.GetGrain<IRegisterGrain>(0).GetSamenwerkingsverbanden().WaitAsync(cancellationToken);
        IReadOnlyList<SwvInfo> result = [.. swvs.Select(s => new SwvInfo(s.Code, s.Naam, s.Sector))];
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<SwvDetail>, ValidationProblem, ProblemHttpResult>> Get(
        [Description("Code van het samenwerkingsverband, bijvoorbeeld PO2201.")] string code, string? peildatum, ClaimsPrincipal gebruiker, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsCodeShape(code))
            errors["code"] = ["De code van een samenwerkingsverband is PO of VO en vier cijfers, bijvoorbeeld PO2201."];
        var datum = Peildatum.Resolve(peildatum, time, errors);
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var swv = (await client.GetGrain<IRegisterGrain>(0).GetSamenwerkingsverbanden().WaitAsync(cancellationToken))
            .FirstOrDefault(s => s.Code == code);
        if (swv is null) return NlProblems.NotFound($"Het samenwerkingsverband {code} hoort niet bij regio 22.01.");

        var c = (await client.GetGrain<ISwvGrain>(swv.Code).GetKpis(datum).WaitAsync(cancellationToken));
        var exact = Inzage.Van(Aanroeper.Van(gebruiker)).Dekt(Niveau.Samenwerkingsverband, swv.Code);
        return TypedResults.Ok(new SwvDetail(swv.Code, swv.Naam, swv.Sector, DetailBescherming.Van(datum, c, exact)));
    }

    /// <summary>PO2201, VO2201: sector and the region number without the dot.</summary>
    public static bool IsCodeShape(string? code) =>
        code is { Length: 6 } && (code.StartsWith("PO", StringComparison.Ordinal) || code.StartsWith("VO", StringComparison.Ordinal))
        && code[2..].All(char.IsAsciiDigit);
}
