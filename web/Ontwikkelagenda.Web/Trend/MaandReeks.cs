using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Trend;

/// <summary>
/// The twelve dates of a trend of the last twelve months: the eleven month ends before the peildatum and the
/// peildatum itself, so the line ends at the figure shown beside it. Trends are read from the regional overview
/// at each date (twelve calls in parallel; the region is small) rather than from the goal history, because
/// the overview carries the counts each percentage rests on: a trend point is suppressed by the same rules
/// as the figure beside it, and a goal history gives only the value.
/// </summary>
public static class MaandReeks
{
    public const int Maanden = 12;

    public static IReadOnlyList<DateOnly> Data(DateOnly peildatum)
    {
        var eersteVanDezeMaand = new DateOnly(peildatum.Year, peildatum.Month, 1);
        var data = Enumerable.Range(1, Maanden - 1)
            .Select(terug => eersteVanDezeMaand.AddMonths(-terug + 1).AddDays(-1))
            .Reverse()
            .ToList();
        data.Add(peildatum);
        return data;
    }

    /// <summary>
    /// The overviews at the eleven month ends before the peildatum, asked for in parallel; the page has the
    /// peildatum's own overview already and keeps it live.
    /// </summary>
    public static async Task<IReadOnlyList<RegioOverzicht>> LoadEerdereAsync(IAgendaApi api, DateOnly peildatum, CancellationToken cancellationToken) =>
        await Task.WhenAll(Data(peildatum).SkipLast(1).Select(datum => api.GetRegioOverzicht(datum, cancellationToken)));
}
