using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// The region's own jaartelling next to the Drenthe and NL benchmarks: its rate per 1.000 rests on a count with a
/// public denominator, so it is withheld when that count is 1 to 4. The benchmarks themselves are public figures.
/// </summary>
public static class BenchmarkSuppression
{
    /// <summary>The region's rate of one kind; shown as "geen gegevens" when the kind has no region count.</summary>
    public static ProtectedValue RegioPerDuizend(BenchmarkRegel regel) =>
        regel.RegioAantal is { } aantal
            ? SmallNumberSuppression.Rate(regel.Regio, SmallNumberSuppression.Count(aantal))
            : ProtectedValue.Shown(null);
}
