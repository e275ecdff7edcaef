using System.Text.Json;
using Agenda.Api.Client;
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
/// with the domain's calculators, in the one shape the grains and Agenda.Api share. What the API answers must equal this.
/// </summary>
public static class Herberekening
{
    public static IReadOnlyDictionary<string, ScopeCijfers> Bereken(IReadOnlyList<IntakeMelding> meldingen, DomeinData data, DateOnly peildatum)
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
        var uitkomst = new Dictionary<string, ScopeCijfers> { ["regio"] = Cijfers(regio) };
        foreach (var gemeente in register.Gemeenten) uitkomst[$"gemeente {gemeente.Code}"] = Cijfers(Scope.Gemeente(gemeente.Code));
        foreach (var swv in register.Samenwerkingsverbanden) uitkomst[$"swv {swv.Code}"] = Cijfers(Scope.Swv(swv.Code));
        foreach (var school in register.Scholen) uitkomst[$"school {school.Brin}"] = Cijfers(Scope.School(school.Brin));
        return uitkomst;
    }

    /// <summary>The same figures as Agenda.Api answers them, per level.</summary>
    public static async Task<IReadOnlyDictionary<string, ScopeCijfers>> Lees(IAgendaApi api, DomeinData data, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var register = data.Referentiedata;
        var overzicht = await api.GetRegioOverzicht(peildatum, cancellationToken);
        var uitkomst = new Dictionary<string, ScopeCijfers> { ["regio"] = overzicht.Regio };
        foreach (var gemeente in register.Gemeenten)
        {
            var d = await api.GetGemeente(gemeente.Code, peildatum, cancellationToken);
            uitkomst[$"gemeente {gemeente.Code}"] = new(d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);
        }
        foreach (var swv in register.Samenwerkingsverbanden)
        {
            var d = await api.GetSamenwerkingsverband(swv.Code, peildatum, cancellationToken);
            uitkomst[$"swv {swv.Code}"] = new(d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);
        }
        foreach (var school in register.Scholen)
        {
            var d = await api.GetSchool(school.Brin, peildatum, cancellationToken);
            uitkomst[$"school {school.Brin}"] = new(d.Thuiszitters, d.Absoluut, d.LangdurigRelatief, d.Jaartelling, d.Inkoop, d.Eed, d.Regie, d.Trajecten, d.Doelen);
        }
        return uitkomst;
    }

    /// <summary>The levels whose figures differ, each with both versions, for one readable assertion message.</summary>
    public static IReadOnlyList<string> Verschillen(IReadOnlyDictionary<string, ScopeCijfers> verwacht, IReadOnlyDictionary<string, ScopeCijfers> gelezen) =>
        [.. verwacht.Keys.Union(gelezen.Keys).Order()
            .Select(niveau => (niveau, a: Json(verwacht.GetValueOrDefault(niveau)), b: Json(gelezen.GetValueOrDefault(niveau))))
            .Where(v => v.a != v.b)
            .Select(v => $"{v.niveau}:\n  herberekend {v.a}\n  API         {v.b}")];

    private static string Json(ScopeCijfers? cijfers) => JsonSerializer.Serialize(cijfers, JsonSerializerOptions.Web);
}
