using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Kpis;

/// <summary>
/// Each goal of the agenda version at the peildatum: its KPI value against the bounds, and the latest effective
/// partner report (not withdrawn, not corrected) dated on or before the peildatum.
/// </summary>
public static class DoelStandCalculator
{
    public static IReadOnlyList<DoelStand> Bereken(AgendaVersie agenda, ScopeCijfers kpis, IReadOnlyList<Voortgangsrapport> rapporten, DateOnly peildatum) =>
        agenda.Doelen.OrderBy(d => d.Nummer).Select(doel =>
        {
            var waarde = KpiWaarde(doel.Kpi, kpis);
            var rapport = rapporten
                .Where(r => r.Doel == doel.Nummer && !r.Ingetrokken && r.GecorrigeerdDoor is null && r.Datum <= peildatum)
                .OrderBy(r => r.Datum).LastOrDefault();
            return new DoelStand(doel.Nummer, doel.Titel, doel.Kpi, waarde, doel.Streefwaarde,
                waarde is { } w && doel.Grenzen is { } g ? Status(w, g) : null, rapport?.Status, rapport?.Datum);
        }).ToList();

    /// <summary>The KPI a goal names (data/agenda.json); null for an unknown key or when the value is undefined.</summary>
    public static decimal? KpiWaarde(string? kpi, ScopeCijfers kpis) => kpi switch
    {
        KpiSleutels.TrajectenAandeelLicht => kpis.Trajecten.AandeelLicht,
        KpiSleutels.InkoopScholenBovenNorm => kpis.Inkoop.ScholenBovenNorm,
        KpiSleutels.RegieAandeelMetCasusregisseur => kpis.Regie.AandeelMetCasusregisseur,
        KpiSleutels.ThuiszittersLangerDanDrieMaanden => kpis.Thuiszitters.LangerDanDrieMaanden,
        KpiSleutels.EedDekking => kpis.Eed.Dekking,
        _ => null,
    };

    /// <summary>op-koers when at least (higher is better) or at most (lower is better) OpKoers; aandacht-nodig likewise; else achter.</summary>
    public static DoelStatus Status(decimal waarde, Statusgrenzen grenzen)
    {
        bool Haalt(decimal grens) => grenzen.Richting == StatusRichting.HogerIsBeter ? waarde >= grens : waarde <= grens;
        return Haalt(grenzen.OpKoers) ? DoelStatus.OpKoers : Haalt(grenzen.AandachtNodig) ? DoelStatus.AandachtNodig : DoelStatus.Achter;
    }
}
