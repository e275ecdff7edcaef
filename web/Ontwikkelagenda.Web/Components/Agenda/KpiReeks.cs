using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Components.Agenda;

/// <summary>
/// The chart's line: month ends with a shown value, split into runs of consecutive months. A withheld value
/// (a small count) or a month without a value breaks the line, so the chart never draws a point, or a line
/// through a point, that the text withholds.
/// </summary>
public static class KpiReeks
{
    public static IReadOnlyList<IReadOnlyList<(DateOnly Datum, decimal Waarde)>> Segmenten(IEnumerable<KpiMeting> metingen)
    {
        var segmenten = new List<IReadOnlyList<(DateOnly, decimal)>>();
        var huidig = new List<(DateOnly, decimal)>();
        foreach (var meting in metingen.OrderBy(m => m.Datum))
        {
            if (meting.Waarde is { IsShown: true, Value: { } waarde })
            {
                huidig.Add((meting.Datum, waarde));
                continue;
            }
            if (huidig.Count > 0) segmenten.Add(huidig);
            huidig = [];
        }
        if (huidig.Count > 0) segmenten.Add(huidig);
        return segmenten;
    }

    /// <summary>How many month ends the chart leaves out because their value is withheld.</summary>
    public static int Weggelaten(IEnumerable<KpiMeting> metingen) => metingen.Count(m => !m.Waarde.IsShown);
}
