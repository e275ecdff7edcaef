extern alias AgendaApi;

using System.Text.Json;
using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Agenda.Domein.Routering;
using Agenda.Silo.EventStore;
using Ontwikkelagenda.Contracts.Events;
using Agenda.Contracts.Grains;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// Every KPI at every level recomputed from the intake stores alone: the events the intakes acknowledged, routed to
/// their scopes (an entity's event concerns every scope any of its events concerns, as in the event store) and folded
/// with the domain's calculators, in the one shape the grains and Agenda.Api share. What the API answers must equal this:
/// the region's figures as the overview gives them, a municipality's, SWV's or school's as its detail answer gives them to
/// a caller with case rights for it (every figure exact).
/// </summary>
public static class Herberekening
{
    public static IReadOnlyDictionary<string, object> Bereken(IReadOnlyList<IntakeMelding> meldingen, DomeinData data, DateOnly peildatum)
    {
        var events = meldingen.Select(m => EventPayload.Deserialize(m.EventType, m.EventBody)).ToList();
        var perEntiteit = new Dictionary<Guid, HashSet<Scope>>();
        foreach (var e in events.OfType<IEntiteitEvent>())
        {
            if (!perEntiteit.TryGetValue(e.EntiteitId, out var scopes)) perEntiteit[e.EntiteitId] = scopes = [];
            scopes.UnionWith(EventRoute.ScopesFor((IAgendaEvent)e, data.Referentiedata));
        }

        var feiten = new Dictionary<Scope, ScopeFeiten>();
        foreach (var e in events)
        {
            var scopes = e is IEntiteitEvent entiteit ? perEntiteit[entiteit.EntiteitId] : (IEnumerable<Scope>)EventRoute.ScopesFor(e, data.Referentiedata);
            foreach (var scope in scopes)
            {
                if (!feiten.TryGetValue(scope, out var f)) feiten[scope] = f = new ScopeFeiten();
                f.Apply(e);
            }
        }

        var regio = Scope.Regio(IRegioGrain.Key);
        var rapporten = feiten.TryGetValue(regio, out var r) ? r.Voortgangsrapporten : [];
        ScopeCijfers Cijfers(Scope scope) =>
            ScopeKpiCalculator.Bereken(scope, feiten.GetValueOrDefault(scope) ?? new ScopeFeiten(), data, rapporten, peildatum);

        var register = data.Referentiedata;
        BeschermdeDetail Detail(Scope scope) => DetailBescherming.Van(peildatum, Cijfers(scope), exact: true);
        var uitkomst = new Dictionary<string, object> { ["regio"] = Cijfers(regio) };
        foreach (var gemeente in register.Gemeenten) uitkomst[$"gemeente {gemeente.Code}"] = Detail(Scope.Gemeente(gemeente.Code));
        foreach (var swv in register.Samenwerkingsverbanden) uitkomst[$"swv {swv.Code}"] = Detail(Scope.Swv(swv.Code));
        foreach (var school in register.Scholen) uitkomst[$"school {school.Brin}"] = Detail(Scope.School(school.Brin));
        return uitkomst;
    }

    /// <summary>The same figures as Agenda.Api answers them, per level, each read as the organisation it is about.</summary>
    public static async Task<IReadOnlyDictionary<string, object>> Lees(
        IAgendaApi api, Func<string, IAgendaApi> alsOrganisatie, DomeinData data, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var register = data.Referentiedata;
        var overzicht = await api.GetRegioOverzicht(peildatum, cancellationToken);
        var uitkomst = new Dictionary<string, object> { ["regio"] = overzicht.Regio };
        foreach (var gemeente in register.Gemeenten)
            uitkomst[$"gemeente {gemeente.Code}"] = (await alsOrganisatie(gemeente.Code).GetGemeente(gemeente.Code, peildatum, cancellationToken)).Cijfers;
        foreach (var swv in register.Samenwerkingsverbanden)
            uitkomst[$"swv {swv.Code}"] = (await alsOrganisatie(swv.Code).GetSamenwerkingsverband(swv.Code, peildatum, cancellationToken)).Cijfers;
        // A school as its SWV's staff, who see its schools exactly.
        foreach (var school in register.Scholen)
            uitkomst[$"school {school.Brin}"] = (await alsOrganisatie(school.Swv).GetSchool(school.Brin, peildatum, cancellationToken)).Cijfers;
        return uitkomst;
    }

    /// <summary>The levels whose figures differ, each with both versions, for one readable assertion message.</summary>
    public static IReadOnlyList<string> Verschillen(IReadOnlyDictionary<string, object> verwacht, IReadOnlyDictionary<string, object> gelezen) =>
        [.. verwacht.Keys.Union(gelezen.Keys).Order()
            .Select(niveau => (niveau, a: Json(verwacht.GetValueOrDefault(niveau)), b: Json(gelezen.GetValueOrDefault(niveau))))
            .Where(v => v.a != v.b)
            .Select(v => $"{v.niveau}:\n  herberekend {v.a}\n  API         {v.b}")];

    private static string Json(object? cijfers) => JsonSerializer.Serialize(cijfers, JsonSerializerOptions.Web);
}
