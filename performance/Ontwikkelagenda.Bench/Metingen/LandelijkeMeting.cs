using Ontwikkelagenda.Landelijk;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// The system at national scale: the generated country (<paramref name="Totalen"/>) bulk-loaded into the event
/// store (<paramref name="Lading"/>; the store then held <paramref name="EventsInOpslag"/> events), a warm start with
/// the silos on the national register and the idle memory after it, then the viewers of the region overview and of
/// the national mix of SWV and school pages, each with its one-viewer reference; the mix's pages were each opened once
/// (<paramref name="EersteOpeningMix"/>, one after another) before they were measured.
/// </summary>
public sealed record LandelijkeMeting(
    LandelijkeTotalen Totalen,
    LadingMeting Lading,
    int EventsInOpslag,
    double WarmeStartSeconden,
    IReadOnlyDictionary<string, double> RustGeheugenMiB,
    Verdeling EenKijkerRegio,
    IReadOnlyList<KijkersMeting> Regio,
    Verdeling EersteOpeningMix,
    Verdeling EenKijkerMix,
    IReadOnlyList<KijkersMeting> Mix);
