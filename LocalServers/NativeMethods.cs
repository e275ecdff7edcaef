using System.Runtime.InteropServices;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// The few libc calls .NET does not offer: Process.Kill only sends SIGKILL, and servers need
/// SIGTERM/SIGINT to shut down cleanly and keep their data.
/// </summary>
internal static partial class NativeMethods
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();

    public static bool IsRoot => GetEuid() == 0;

    /// <summary>Sends a signal; a process that is already gone is not an error.</summary>
    public static void Signal(int pid, int signal) => _ = Kill(pid, signal);

    /// <summary>Sends a signal to every process in the group led by <paramref name="leaderPid"/>.</summary>
    public static void SignalGroup(int leaderPid, int signal) => _ = Kill(-leaderPid, signal);

    public static bool IsAlive(int pid) => Kill(pid, 0) == 0 || Marshal.GetLastPInvokeError() == 1; // EPERM: exists, not ours
}
