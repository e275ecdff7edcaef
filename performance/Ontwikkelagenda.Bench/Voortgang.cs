using System.Globalization;

namespace Ontwikkelagenda.Bench;

/// <summary>Progress lines for the operator on stdout ("doorvoer RabbitMQ: 10 s van 60 s, ..."), with the time of day.</summary>
public sealed class Voortgang(TextWriter uit)
{
    public void Meld(string regel) =>
        uit.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} {regel}"));

    /// <summary>Reports every <paramref name="elke"/> until <paramref name="duur"/> passed: "<paramref name="wat"/>: 10 s van 60 s, <paramref name="stand"/>".</summary>
    public async Task ElkeTijd(string wat, TimeSpan duur, Func<string> stand, CancellationToken cancellationToken, TimeSpan? elke = null)
    {
        var stap = elke ?? TimeSpan.FromSeconds(10);
        var klok = System.Diagnostics.Stopwatch.StartNew();
        for (var moment = stap < duur ? stap : duur; ; moment = moment + stap < duur ? moment + stap : duur)
        {
            if (moment > klok.Elapsed) await Task.Delay(moment - klok.Elapsed, cancellationToken);
            Meld(string.Create(CultureInfo.InvariantCulture, $"{wat}: {moment.TotalSeconds:F0} s van {duur.TotalSeconds:F0} s, {stand()}"));
            if (moment >= duur) return;
        }
    }
}
