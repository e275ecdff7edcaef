using Ontwikkelagenda.Bench.Metingen;
using Ontwikkelagenda.Bench.Systeem;

namespace Ontwikkelagenda.Bench.Rapport;

/// <summary>
/// Everything one ./bench.sh run measured, as written to performance.json. <see cref="Plafond"/>: the load client's
/// own ceiling, its most viewers on Agenda.Api's <c>/alive</c>.
/// </summary>
public sealed record BenchResultaat(
    DateTimeOffset Gemeten,
    bool Rookproef,
    Machine Machine,
    BrokerDoorvoer RuweBroker,
    PijplijnDoorvoer Pijplijn,
    OverzichtVertraging MeldingNaarOverzicht,
    int EventsBijKijkers,
    Verdeling EenKijker,
    IReadOnlyList<KijkersMeting> Kijkers,
    KijkersMeting Plafond,
    Opstart Opstart,
    LandelijkeMeting Landelijk,
    AanmeldMeting Aanmelden)
{
    /// <summary>Issue 12's goal: at least 0.5.</summary>
    public double PijplijnTegenBroker => Pijplijn.MeldingenPerSeconde / RuweBroker.BerichtenPerSeconde;
}
