using System.ComponentModel;
using System.Security.Claims;
using Agenda.Api.Privacy;
using Agenda.Api.Samenwerkingsverbanden;
using Microsoft.AspNetCore.Http.HttpResults;
using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Agenda.Api.Doelen;

/// <summary>
/// /v1/doelen: the agenda's goals with their regional status, and one goal's history at any level; figures about
/// children protected by <see cref="DoelKpiBescherming"/> unless the caller has case rights for the level asked.
/// </summary>
public static class DoelenApi
{
    /// <summary>More month ends than this is more than a chart needs and a heavy request.</summary>
    public const int MaxMaanden = 36;

    public static IEndpointRouteBuilder MapDoelenApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/doelen").WithTags("Doelen");

        api.MapGet("", List)
            .WithName("GetDoelen")
            .WithSummary("De agendaversie die op de peildatum geldt: elk doel met eigenaren, KPI, streefwaarde, grenzen en regionale status");

        api.MapGet("/{nummer}/historie", Historie)
            .WithName("GetDoelHistorie")
            .WithSummary("De voortgangsrapportages over een doel en de KPI-waarde van het doel aan elk maandeinde tussen van en tot")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<AgendaDoelen>, ValidationProblem>> List(
        string? peildatum, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Peildatum.TryResolve(peildatum, time, out var datum, out var problem)) return problem;

        var versiesTask = client.GetGrain<IRegisterGrain>(0).GetAgendaVersies();
        var kpisTask = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetKpis(datum);
        await Task.WhenAll(versiesTask, kpisTask).WaitAsync(cancellationToken);
        var versie = AgendaOpDatum.Kies(versiesTask.Result, datum);
        var regio = kpisTask.Result;
        var standen = regio.Doelen.ToDictionary(d => d.Nummer);

        // The region's standing: protected for every caller, nobody has case rights for the whole region.
        return TypedResults.Ok(new AgendaDoelen(datum, versie.Periode, versie.GeldigVanaf, versie.NormAanbiedersPerSchool,
            [.. versie.Doelen.OrderBy(d => d.Nummer).Select(d => new Doel(d.Nummer, d.Titel, d.Omschrijving, d.Eigenaren, d.Kpi, d.Streefwaarde,
                d.Grenzen,
                standen.TryGetValue(d.Nummer, out var stand)
                    ? DoelKpiBescherming.Stand(stand, regio, exact: false)
                    : DoelKpiBescherming.Leeg(d.Nummer, d.Titel, d.Kpi, d.Streefwaarde)))]));
    }

    private static async Task<Results<Ok<DoelHistorie>, ValidationProblem, ProblemHttpResult>> Historie(
        [Description("Het nummer van het doel, bijvoorbeeld 5.")] string nummer,
        string? van,
        string? tot,
        [Description("regio (standaard), gemeente, samenwerkingsverband of school.")] string? niveau,
        [Description("De gemeentecode (GM1730), de code van het samenwerkingsverband (PO2201) of het BRIN-nummer (12AB); niet bij niveau regio.")] string? code,
        ClaimsPrincipal gebruiker, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!int.TryParse(nummer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var doelNummer) || doelNummer < 1)
            errors["nummer"] = ["Het nummer van een doel is een positief geheel getal, bijvoorbeeld 5."];
        var totDatum = QueryDate.Parse("tot", tot, errors) ?? time.Today();
        var vanDatum = QueryDate.Parse("van", van, errors) ?? totDatum.AddMonths(-12);
        if (!errors.ContainsKey("van") && !errors.ContainsKey("tot"))
        {
            if (vanDatum > totDatum) errors["van"] = ["Van ligt na tot."];
            else if (vanDatum.AddMonths(MaxMaanden) < totDatum) errors["tot"] = [$"De periode van van tot tot is hoogstens {MaxMaanden} maanden."];
        }
        var level = niveau ?? Niveau.Regio;
        var exact = false;
        if (!Niveau.All.Contains(level))
            errors["niveau"] = ["Het niveau is regio, gemeente, samenwerkingsverband of school."];
        else if (await CheckCode(level, code, client, totDatum, cancellationToken) is { } codeFout)
            errors["code"] = [codeFout];
        else exact = await IsExact(Inzage.Van(Aanroeper.Van(gebruiker)), level, code, client, totDatum, cancellationToken);
        if (errors.Count > 0) return NlProblems.Validation(errors);

        var versies = await client.GetGrain<IRegisterGrain>(0).GetAgendaVersies().WaitAsync(cancellationToken);
        var doel = AgendaOpDatum.Kies(versies, totDatum).Doelen.FirstOrDefault(d => d.Nummer == doelNummer)
            ?? versies.SelectMany(v => v.Doelen).FirstOrDefault(d => d.Nummer == doelNummer);
        if (doel is null) return NlProblems.NotFound($"De agenda heeft geen doel {doelNummer}.");

        var scope = Scope(client, level, code);
        var rapportenTask = client.GetGrain<IRegioGrain>(IRegioGrain.Key).GetVoortgangsrapporten();
        var datums = Maandeinden.Tussen(vanDatum, totDatum);
        var kpiTasks = datums.Select(scope.GetKpis).ToArray();
        await Task.WhenAll([rapportenTask, .. kpiTasks]).WaitAsync(cancellationToken);

        var metingen = datums.Select((datum, i) => Meting(datum, kpiTasks[i].Result, doelNummer, exact));
        return TypedResults.Ok(new DoelHistorie(doel.Nummer, doel.Titel, doel.Kpi, level, level == Niveau.Regio ? IRegioGrain.Key : code!,
            vanDatum, totDatum,
            [.. rapportenTask.Result.Where(r => r.Doel == doelNummer).OrderBy(r => r.Datum)],
            [.. metingen]));
    }

    private static KpiMeting Meting(DateOnly datum, ScopeCijfers cijfers, int doelNummer, bool exact)
    {
        if (cijfers.Doelen.FirstOrDefault(d => d.Nummer == doelNummer) is not { } stand) return new KpiMeting(datum, Cijfer.Shown(null), null);
        var beschermd = DoelKpiBescherming.Stand(stand, cijfers, exact);
        return new KpiMeting(datum, beschermd.KpiWaarde, beschermd.KpiStatus);
    }

    /// <summary>Whether the caller has case rights for the scope asked (a school's SWV counts for its staff).</summary>
    private static async Task<bool> IsExact(Inzage inzage, string level, string? code, IClusterClient client, DateOnly datum, CancellationToken cancellationToken)
    {
        if (code is null || inzage == Inzage.Geen) return false;
        string? swvVanSchool = null;
        if (level == Niveau.School && inzage.Swv is not null)
            swvVanSchool = (await client.GetGrain<IRegisterGrain>(0).GetScholen(datum).WaitAsync(cancellationToken))
                .FirstOrDefault(s => string.Equals(s.Brin, code, StringComparison.OrdinalIgnoreCase))?.Swv;
        return inzage.Dekt(level, code, swvVanSchool);
    }

    /// <summary>Null when <paramref name="code"/> names a scope of the region at that level, else why not.</summary>
    private static async Task<string?> CheckCode(string level, string? code, IClusterClient client, DateOnly datum, CancellationToken cancellationToken)
    {
        var register = client.GetGrain<IRegisterGrain>(0);
        switch (level)
        {
            case Niveau.Regio:
                return code is null || code == IRegioGrain.Key ? null : "Bij niveau regio hoort geen code (of 22.01).";
            case Niveau.Gemeente:
                return GemeenteCode.TryParse(code, out var gemeente) && RegioGemeenten.Contains(gemeente)
                    ? null : "Bij niveau gemeente is de code een gemeente van de regio: GM1680, GM0106, GM1731 of GM1730.";
            case Niveau.Samenwerkingsverband:
                return SamenwerkingsverbandenApi.IsCodeShape(code)
                    && (await register.GetSamenwerkingsverbanden().WaitAsync(cancellationToken)).Any(s => s.Code == code)
                    ? null : "Bij niveau samenwerkingsverband is de code een samenwerkingsverband van de regio, bijvoorbeeld PO2201.";
            default:
                return Brin.TryParse(code, out var brin)
                    && (await register.GetScholen(datum).WaitAsync(cancellationToken)).Any(s => s.Brin == brin.Value)
                    ? null : "Bij niveau school is de code het BRIN-nummer van een school in het register, bijvoorbeeld 12AB.";
        }
    }

    private static IScopeGrain Scope(IClusterClient client, string level, string? code) => level switch
    {
        Niveau.Gemeente => client.GetGrain<IGemeenteGrain>(code!),
        Niveau.Samenwerkingsverband => client.GetGrain<ISwvGrain>(code!),
        Niveau.School => client.GetGrain<ISchoolGrain>(code!),
        _ => client.GetGrain<IRegioGrain>(IRegioGrain.Key),
    };
}
