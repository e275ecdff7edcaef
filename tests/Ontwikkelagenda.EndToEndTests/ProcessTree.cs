using System.Runtime.InteropServices;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Reads the process tree from /proc and sends POSIX signals, to check that AppHost leaves nothing behind.</summary>
internal static partial class ProcessTree
{
    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static void Terminate(int pid) => Kill(pid, SigTerm);

    public static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    /// <summary>Every living descendant of <paramref name="rootPid"/>.</summary>
    public static IReadOnlyList<int> Descendants(int rootPid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Format: pid (comm) state ppid ...; comm may contain spaces, so split after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1]);
            }
            catch (IOException) { /* the process ended while we read */ }
        }

        var result = new List<int>();
        var frontier = new Queue<int>([rootPid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (pid, ppid) in parents)
            {
                if (ppid != parent) continue;
                result.Add(pid);
                frontier.Enqueue(pid);
            }
        }
        return result;
    }
}
