using System.Globalization;

namespace Ontwikkelagenda.Bench.Systeem;

/// <summary>What /proc tells about a process: resident memory, CPU time used, its parent and its children.</summary>
public static class Proces
{
    /// <summary>Linux reports CPU times in /proc in clock ticks of 1/100 s (USER_HZ).</summary>
    public const double TicksPerSeconde = 100;

    /// <summary>Resident memory in MiB (VmRSS), 0 when the process ended.</summary>
    public static double RssMiB(int pid)
    {
        var regel = Lees($"/proc/{pid}/status")?.Split('\n').FirstOrDefault(r => r.StartsWith("VmRSS:", StringComparison.Ordinal));
        return regel is null ? 0 : long.Parse(regel["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>
    /// Proportional memory in MiB (Pss of /proc/pid/smaps_rollup): memory shared between processes is split among
    /// them, so the sum over PostgreSQL's processes counts its shared buffers once. 0 when the process ended.
    /// </summary>
    public static double PssMiB(int pid)
    {
        var regel = Lees($"/proc/{pid}/smaps_rollup")?.Split('\n').FirstOrDefault(r => r.StartsWith("Pss:", StringComparison.Ordinal));
        return regel is null ? 0 : long.Parse(regel["Pss:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>User plus system CPU time in seconds, 0 when the process ended.</summary>
    public static double CpuSeconden(int pid) => Stat(pid) is { } velden
        ? (long.Parse(velden[11], CultureInfo.InvariantCulture) + long.Parse(velden[12], CultureInfo.InvariantCulture)) / TicksPerSeconde
        : 0;

    /// <summary>The process's command name (/proc/pid/comm, at most 15 characters), null when it ended.</summary>
    public static string? Naam(int pid) => Lees($"/proc/{pid}/comm")?.Trim();

    /// <summary>The process itself and every process below it (a server's script and the server it starts).</summary>
    public static IReadOnlyList<int> MetNakomelingen(int pid)
    {
        var ouders = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var p) ? p : 0)
            .Where(p => p > 0)
            .Select(p => (Pid: p, Ouder: Stat(p) is { } v ? int.Parse(v[1], CultureInfo.InvariantCulture) : 0))
            .ToList();
        var boom = new List<int> { pid };
        for (var i = 0; i < boom.Count; i++) boom.AddRange(ouders.Where(o => o.Ouder == boom[i]).Select(o => o.Pid));
        return boom;
    }

    /// <summary>Of a service's processes (the service and, under <c>dotnet run</c>, its launcher) the one that is no other's parent.</summary>
    public static int Dienst(IReadOnlyList<int> pids)
    {
        var ouders = pids.Select(p => Stat(p) is { } v ? int.Parse(v[1], CultureInfo.InvariantCulture) : 0).ToHashSet();
        return pids.FirstOrDefault(p => !ouders.Contains(p)) is var dienst and > 0
            ? dienst
            : throw new InvalidOperationException($"Geen dienstproces onder {string.Join(", ", pids)}.");
    }

    /// <summary>The fields of /proc/pid/stat after the command name (which may hold spaces): [0] is the state, [1] the parent.</summary>
    private static string[]? Stat(int pid) =>
        Lees($"/proc/{pid}/stat") is { } stat ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') : null;

    private static string? Lees(string pad)
    {
        try
        {
            return File.ReadAllText(pad);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // ended meanwhile
        }
    }
}
