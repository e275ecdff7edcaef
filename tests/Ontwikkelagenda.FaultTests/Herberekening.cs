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
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// Every KPI at every level recomputed from the intake stores alone: the events the intakes acknowledged, routed to
/// their scopes (an entity's event concerns every scope any of its events concerns, as in the event store) and folded
/// with the domain's calculators, in the one shape the grains and Agenda.Api share. What the API answers must equal this:
/// a municipality's, SWV's or school's figures as its detail answer gives them to a caller with case rights for it
/// (every figure exact), and the whole regio-overzicht as it gives it to each municipality's leerplichtambtenaar, each
/// SWV's staff and a viewer without case rights: the recomputed figures protected for that caller by Agenda.Api's own
/// rule. Nobody sees the region exactly; it is held by those answers, where it must add up to the municipalities
/// (else every count not the caller's own is withheld), and by every region figure they show.
/// </summary>
public static class Herberekening
{
    /// <summary>Who reads the overview: a municipality's or SWV's code, or <see cref="ZonderInzage"/>.</summary>
    public const string ZonderInzage = "zonder inzage";

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
        var uitkomst = new Dictionary<string, object>();

        // The overview as Agenda.Api builds it (RegioOverzichtApi): the region's municipalities and every SWV, in the
        // register's order, protected as one answer for each kind of reader.
        var gemeenten = register.GemeentenOp(peildatum)
            .Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code))
            .Select(g => new RegioBescherming.Gebied(g.Code, g.Naam, Cijfers(Scope.Gemeente(g.Code)))).ToList();
        var swvs = register.Samenwerkingsverbanden
            .Select(s => new RegioBescherming.Gebied(s.Code, s.Naam, Cijfers(Scope.Swv(s.Code)))).ToList();
        var regioCijfers = Cijfers(regio);
        foreach (var (lezer, inzage) in Lezers(data))
            Overzicht(uitkomst, lezer, RegioBescherming.Van(peildatum, gemeenten, swvs, regioCijfers, inzage));

        foreach (var gemeente in register.Gemeenten) uitkomst[$"gemeente {gemeente.Code}"] = Detail(Scope.Gemeente(gemeente.Code));
        foreach (var swv in register.Samenwerkingsverbanden) uitkomst[$"swv {swv.Code}"] = Detail(Scope.Swv(swv.Code));
        foreach (var school in register.Scholen) uitkomst[$"school {school.Brin}"] = Detail(Scope.School(school.Brin));
        return uitkomst;
    }

    /// <summary>
    /// The same figures as Agenda.Api answers them: the overview as each reader of <see cref="Lezers"/> (<paramref name="kijker"/>
    /// for the viewer without case rights), every other level read as the organisation it is about.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, object>> Lees(
        IAgendaApi kijker, Func<string, IAgendaApi> alsOrganisatie, DomeinData data, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var register = data.Referentiedata;
        var uitkomst = new Dictionary<string, object>();
        foreach (var (lezer, _) in Lezers(data))
        {
            var api = lezer == ZonderInzage ? kijker : alsOrganisatie(lezer);
            Overzicht(uitkomst, lezer, await api.GetRegioOverzicht(peildatum, cancellationToken));
        }

        foreach (var gemeente in register.Gemeenten)
            uitkomst[$"gemeente {gemeente.Code}"] = (await alsOrganisatie(gemeente.Code).GetGemeente(gemeente.Code, peildatum, cancellationToken)).Cijfers;
        foreach (var swv in register.Samenwerkingsverbanden)
            uitkomst[$"swv {swv.Code}"] = (await alsOrganisatie(swv.Code).GetSamenwerkingsverband(swv.Code, peildatum, cancellationToken)).Cijfers;
        // A school as its SWV's staff, who see its schools exactly.
        foreach (var school in register.Scholen)
            uitkomst[$"school {school.Brin}"] = (await alsOrganisatie(school.Swv).GetSchool(school.Brin, peildatum, cancellationToken)).Cijfers;
        return uitkomst;
    }

    /// <summary>
    /// The overview's readers and their case rights, as Agenda.Api takes them from the token (Inzage.Van): each of the
    /// region's municipalities as its leerplichtambtenaar (its own client), each SWV as its staff, and a viewer without
    /// case rights for any place (a wethouder, the subregion's procurement).
    /// </summary>
    private static IEnumerable<(string Lezer, Inzage Inzage)> Lezers(DomeinData data) =>
    [
        .. data.Referentiedata.Gemeenten
            .Where(g => GemeenteCode.TryParse(g.Code, out var code) && RegioGemeenten.Contains(code))
            .Select(g => (g.Code, new Inzage(g.Code, null, null))),
        .. data.Referentiedata.Samenwerkingsverbanden.Select(s => (s.Code, new Inzage(null, s.Code, null))),
        (ZonderInzage, Inzage.Geen),
    ];

    /// <summary>One reader's overview, a part a level (so a difference names the reader and the row).</summary>
    private static void Overzicht(Dictionary<string, object> uitkomst, string lezer, RegioOverzicht overzicht)
    {
        var sleutel = $"regio-overzicht als {lezer}";
        uitkomst[$"{sleutel}: peildatum en gebieden"] = new
        {
            overzicht.Peildatum,
            Gemeenten = overzicht.Gemeenten.Select(g => g.Code).ToList(),
            Samenwerkingsverbanden = overzicht.Samenwerkingsverbanden.Select(s => s.Code).ToList(),
        };
        foreach (var gemeente in overzicht.Gemeenten) uitkomst[$"{sleutel}: gemeente {gemeente.Code}"] = gemeente;
        foreach (var swv in overzicht.Samenwerkingsverbanden) uitkomst[$"{sleutel}: swv {swv.Code}"] = swv;
        uitkomst[$"{sleutel}: regio"] = overzicht.Regio;
    }

    /// <summary>The levels whose figures differ, each with both versions, for one readable assertion message.</summary>
    public static IReadOnlyList<string> Verschillen(IReadOnlyDictionary<string, object> verwacht, IReadOnlyDictionary<string, object> gelezen) =>
        [.. verwacht.Keys.Union(gelezen.Keys).Order()
            .Select(niveau => (niveau, a: Json(verwacht.GetValueOrDefault(niveau)), b: Json(gelezen.GetValueOrDefault(niveau))))
            .Where(v => v.a != v.b)
            .Select(v => $"{v.niveau}:\n  herberekend {v.a}\n  API         {v.b}")];

    private static string Json(object? cijfers) => JsonSerializer.Serialize(cijfers, JsonSerializerOptions.Web);
}
