namespace Ontwikkelagenda.Web.Trend;

/// <summary>One line of a trend chart: its name and its points, withheld ones included (the chart leaves them out).</summary>
public sealed record TrendReeks(string Naam, IReadOnlyList<TrendPunt> Punten)
{
    public bool HeeftWeggelaten => Punten.Any(p => !p.Waarde.IsShown || p.Waarde.Value is null);
}
