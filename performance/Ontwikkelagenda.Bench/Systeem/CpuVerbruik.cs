using System.Globalization;

namespace Ontwikkelagenda.Bench.Systeem;

/// <summary>
/// CPU time spent by each part of what is measured, between <see cref="Begin"/> and <see cref="Eind"/>: named groups
/// of processes (a service, a server with every process it started, Aspire's orchestrator DCP with its proxies,
/// this process with the load generator and AppHost), and the machine as a whole from /proc/stat. The groups are
/// read again at the end, so a process started meanwhile counts from its start.
/// </summary>
public sealed class CpuVerbruik
{
    private readonly Func<IReadOnlyDictionary<string, IReadOnlyList<int>>> delen;
    private readonly Dictionary<int, double> perProcesBijBegin;
    private readonly double machineBijBegin;
    private readonly DateTime begin = DateTime.UtcNow;

    private CpuVerbruik(Func<IReadOnlyDictionary<string, IReadOnlyList<int>>> delen)
    {
        this.delen = delen;
        perProcesBijBegin = delen().Values.SelectMany(p => p).Distinct().ToDictionary(p => p, Proces.CpuSeconden);
        machineBijBegin = MachineBezet();
    }

    /// <summary>Starts counting for the process groups <paramref name="delen"/> names (asked again at the end).</summary>
    public static CpuVerbruik Begin(Func<IReadOnlyDictionary<string, IReadOnlyList<int>>> delen) => new(delen);

    /// <summary>What each part used since <see cref="Begin"/>, and the machine.</summary>
    public CpuMeting Eind()
    {
        var duur = (DateTime.UtcNow - begin).TotalSeconds;
        var perDeel = delen().ToDictionary(
            d => d.Key,
            d => d.Value.Distinct().Sum(p => Proces.CpuSeconden(p) - perProcesBijBegin.GetValueOrDefault(p)));
        return new CpuMeting(duur, perDeel, MachineBezet() - machineBijBegin);
    }

    /// <summary>
    /// Every process on the machine named <paramref name="naam"/> (its command, as in /proc/pid/comm). For Aspire's
    /// orchestrator: DCP detaches from AppHost, so its processes are not below this one; the bench runs one system.
    /// </summary>
    public static IReadOnlyList<int> Genaamd(string naam) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var p) ? p : 0)
            .Where(p => p > 0 && Proces.Naam(p) == naam)];

    /// <summary>The fields of /proc/stat's "cpu" line that count busy time: user, nice, system, irq, softirq.</summary>
    private static readonly int[] BezetteVelden = [1, 2, 3, 6, 7];

    /// <summary>Every core's busy time (user, nice, system, irq, softirq) in seconds since boot.</summary>
    private static double MachineBezet()
    {
        var velden = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return BezetteVelden.Sum(i => long.Parse(velden[i], CultureInfo.InvariantCulture)) / Proces.TicksPerSeconde;
    }
}

/// <summary>
/// CPU seconds per part over <see cref="Seconden"/> of wall time, and the whole machine's busy seconds (which includes
/// whatever else ran).
/// </summary>
public sealed record CpuMeting(double Seconden, IReadOnlyDictionary<string, double> PerDeel, double Machine)
{
    public double Totaal => PerDeel.Values.Sum();

    /// <summary>Milliseconds of CPU per unit of work (a melding, a message) over all parts.</summary>
    public double MsPer(long eenheden) => eenheden == 0 ? 0 : Totaal * 1000 / eenheden;
}
