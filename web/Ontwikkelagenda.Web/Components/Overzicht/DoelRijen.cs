using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Overzicht;

/// <summary>
/// The goals side by side, from the regional overview as Agenda.Api protected it for this viewer: each goal's standing
/// per municipality and for the region. Beside a "&lt;5" the status says only what holds for every count 1 to 4
/// (<see cref="StatusWeergaven.Van"/>).
/// </summary>
public static class DoelRijen
{
    public static IReadOnlyList<DoelRij> Van(RegioOverzicht overzicht, IReadOnlyList<Doel> doelen) =>
        [.. doelen.OrderBy(d => d.Nummer).Select(doel => new DoelRij(
            doel.Nummer, doel.Titel, doel.Kpi, doel.Streefwaarde, DoelKpiSoorten.Van(doel.Kpi),
            [.. overzicht.Gemeenten.Select(g => Cel(g.Cijfers, doel))],
            Cel(overzicht.Regio, doel)))];

    private static DoelCelWaarde Cel(BeschermdeDetail cijfers, Doel doel) =>
        cijfers.Doelen.FirstOrDefault(s => s.Nummer == doel.Nummer) is { } stand
            ? new DoelCelWaarde(stand.KpiWaarde, StatusWeergaven.Van(stand.KpiWaarde, stand.KpiStatus, doel.Grenzen), stand.RapportStatus, stand.RapportDatum)
            : new DoelCelWaarde(Cijfer.Shown(null), null, null, null);
}
