using Ontwikkelagenda.Bench.Metingen;
using Ontwikkelagenda.Bench.Systeem;

namespace Ontwikkelagenda.Bench.Rapport;

/// <summary>Everything one ./bench.sh run measured, as written to performance.json.</summary>
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
    Opstart Opstart)
{
    /// <summary>Issue 12's goal: at least 0.5.</summary>
    public double PijplijnTegenBroker => Pijplijn.MeldingenPerSeconde / RuweBroker.BerichtenPerSeconde;
}
