using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Components.Agenda;

/// <summary>The timeline's order: newest report first; on the same date the later reported one first.</summary>
public static class RapportVolgorde
{
    /// <param name="rapporten">As Agenda.Api gives them: by date, and in the order reported within a date.</param>
    public static IReadOnlyList<Voortgangsrapport> NieuwsteEerst(IEnumerable<Voortgangsrapport> rapporten) =>
        // Reverse first, then a stable sort on the date: within a date the later report (a correction) leads.
        rapporten.Reverse().OrderByDescending(r => r.Datum).ToList();
}
