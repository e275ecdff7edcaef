using Ontwikkelagenda.Contracts.Agenda;

namespace Agenda.Api.Doelen;

/// <summary>The agenda version in force at a date: the latest that started on or before it, else the first.</summary>
public static class AgendaOpDatum
{
    public static AgendaVersie Kies(IReadOnlyList<AgendaVersie> versies, DateOnly datum)
    {
        var geordend = versies.OrderBy(v => v.GeldigVanaf).ToList();
        return geordend.LastOrDefault(v => v.GeldigVanaf <= datum) ?? geordend[0];
    }
}
