namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Remembers, in a data dir, which processes serve it and which process started them, so that a
/// start after a crash of the launcher (SIGKILL: no chance to stop its children) first ends the
/// orphans still holding the data dir and ports. Every pid is kept with its start time, so a
/// reused pid is left alone; while the launcher that started them still runs, nothing is ended.
/// </summary>
public static class LeftoverProcesses
{
    private const string DefaultFileName = "ontwikkelagenda.pids";
    private const string OwnerTag = "owner";

    /// <summary>Records <paramref name="pids"/>, started by this process, as serving <paramref name="dataDir"/>.</summary>
    public static void Record(string dataDir, IEnumerable<int> pids, string fileName = DefaultFileName)
    {
        var owner = $"{OwnerTag} {Environment.ProcessId} {StartTime(Environment.ProcessId)}";
        var lines = pids.Select(pid => (pid, started: StartTime(pid)))
            .Where(p => p.started is not null)
            .Select(p => $"{p.pid} {p.started}");
        File.WriteAllLines(Path.Combine(dataDir, fileName), [owner, .. lines]);
    }

    /// <summary>
    /// Kills the recorded processes (and their process groups) that still run, and returns how many.
    /// Throws <see cref="DataDirInUseException"/> when the process that started them still runs.
    /// </summary>
    public static async Task<int> KillAsync(string dataDir, string fileName = DefaultFileName)
    {
        var path = Path.Combine(dataDir, fileName);
        if (!File.Exists(path))
        {
            return 0;
        }

        var records = File.ReadAllLines(path).Select(line => line.Split(' ')).ToList();
        var owner = records.FirstOrDefault(parts => parts is [OwnerTag, _, _]);
        if (owner is not null && int.Parse(owner[1]) != Environment.ProcessId && StartTime(int.Parse(owner[1])) == owner[2])
        {
            throw new DataDirInUseException(dataDir, int.Parse(owner[1]));
        }

        var alive = records
            .Where(parts => parts.Length == 2 && int.TryParse(parts[0], out _))
            .Select(parts => (pid: int.Parse(parts[0]), started: parts[1]))
            .Where(p => StartTime(p.pid) == p.started)
            .Select(p => p.pid)
            .ToList();
        foreach (var pid in alive)
        {
            NativeMethods.SignalGroup(pid, NativeMethods.SigKill);
            NativeMethods.Signal(pid, NativeMethods.SigKill);
        }

        // Until reaped, not merely dead: PostgreSQL refuses to start while its old postmaster's pid still exists.
        for (var i = 0; i < 50 && alive.Any(pid => Directory.Exists($"/proc/{pid}")); i++)
        {
            await Task.Delay(100);
        }

        File.Delete(path);
        return alive.Count;
    }

    // Field 22 of /proc/<pid>/stat, counted after the command name, which may contain spaces.
    private static string? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[0] == "Z" ? null : fields[19];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
