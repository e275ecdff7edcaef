using System.Globalization;

namespace Ontwikkelagenda.Bench.Systeem;

/// <summary>The machine the figures are this machine's: processor, cores, memory and OS, and how busy it was when the run began.</summary>
public sealed record Machine(string Processor, int Kernen, long GeheugenMiB, string Besturingssysteem, string Kernel, string BelastingBijBegin)
{
    public static Machine Lees()
    {
        var cpuinfo = Regels("/proc/cpuinfo");
        var processor = Waarde(cpuinfo, "model name") ?? "onbekend";
        var geheugenKiB = long.Parse((Waarde(Regels("/proc/meminfo"), "MemTotal") ?? "0 kB").Split(' ')[0], CultureInfo.InvariantCulture);
        var os = Regels("/etc/os-release").FirstOrDefault(r => r.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? "Linux";
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "onbekend";
        // The 1, 5 and 15 minute load averages: other work on a shared machine shows here.
        var belasting = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "onbekend";
        return new Machine(processor, Environment.ProcessorCount, geheugenKiB / 1024, os, kernel, belasting);
    }

    private static string[] Regels(string pad) => File.Exists(pad) ? File.ReadAllLines(pad) : [];

    /// <summary>The value after "<paramref name="sleutel"/>:" on the first line that has it.</summary>
    private static string? Waarde(IEnumerable<string> regels, string sleutel) =>
        regels.Where(r => r.StartsWith(sleutel, StringComparison.Ordinal) && r.Contains(':'))
            .Select(r => r[(r.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
}
