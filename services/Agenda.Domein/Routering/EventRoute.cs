using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Routering;

/// <summary>
/// The scopes an event concerns by its own fields and the register. Events that carry no routing fields
/// (a contract's end, a treatment start, a withdrawal) return none: they concern the scopes of their entity's
/// earlier events, which the event store adds.
/// </summary>
public static class EventRoute
{
    public static IReadOnlyList<Scope> ScopesFor(IAgendaEvent agendaEvent, Referentiedata referentiedata)
    {
        var scopes = new List<Scope>();
        switch (agendaEvent)
        {
            case ThuiszitterGemeld e: Casus(scopes, referentiedata, e.Brin, e.Gemeente); break;
            case ThuiszitterBeeindigd e: Casus(scopes, referentiedata, e.Brin, e.Gemeente); break;
            case ThuiszitterTermijnOverschreden e: Casus(scopes, referentiedata, e.Brin, e.Gemeente); break;
            case ThuiszitterOvergedragen e: Casus(scopes, referentiedata, e.Brin, e.VanGemeente, e.NaarGemeente); break;
            case ComplexeCasusGemeld e: Casus(scopes, referentiedata, e.Brin, e.Gemeente); break;
            case ContractGesloten e: Contract(scopes, referentiedata, e); break;
            case TrajectGestart e: School(scopes, referentiedata, e.Brin); break;
            case EedVerwijzingGemeld e: School(scopes, referentiedata, e.Brin); break;
            case AanbiederGeregistreerd or VoortgangGerapporteerd: scopes.Add(Regio); break;
        }
        return scopes.Distinct().ToList();
    }

    private static Scope Regio { get; } = Scope.Regio(RegioGemeenten.Regiocode);

    private static void Casus(List<Scope> scopes, Referentiedata data, Brin? brin, params GemeenteCode[] gemeenten)
    {
        foreach (var gemeente in gemeenten)
        {
            scopes.Add(Scope.Gemeente(gemeente.Value));
            if (data.InRegio(gemeente)) scopes.Add(Regio);
        }
        if (brin is { } b && data.SchoolInRegister(b.Value) is { } school)
        {
            scopes.Add(Scope.School(school.Brin));
            scopes.Add(Scope.Swv(school.Swv));
        }
    }

    private static void Contract(List<Scope> scopes, Referentiedata data, ContractGesloten e)
    {
        var gemeenten = e.Contractant.Gemeenten.Select(g => g.Value).ToHashSet();
        foreach (var gemeente in gemeenten) scopes.Add(Scope.Gemeente(gemeente));
        if (gemeenten.Any(data.InRegio)) scopes.Add(Regio);
        var scholen = e.Bediening.HeleGemeente
            ? data.Scholen.Where(s => gemeenten.Contains(s.Gemeente))
            : e.Bediening.Scholen.Select(b => data.SchoolInRegister(b.Value)).OfType<RegisterSchool>();
        foreach (var school in scholen)
        {
            scopes.Add(Scope.School(school.Brin));
            scopes.Add(Scope.Swv(school.Swv));
        }
    }

    private static void School(List<Scope> scopes, Referentiedata data, Brin brin)
    {
        if (data.SchoolInRegister(brin.Value) is not { } school) return;
        scopes.Add(Scope.School(school.Brin));
        scopes.Add(Scope.Swv(school.Swv));
        scopes.Add(Scope.Gemeente(school.Gemeente));
        if (data.InRegio(school.Gemeente)) scopes.Add(Regio);
    }
}
