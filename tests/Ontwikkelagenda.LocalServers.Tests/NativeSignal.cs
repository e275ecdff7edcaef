using System.Diagnostics;
using System.Globalization;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>Sends SIGINT, as Ctrl+C in a terminal does (.NET's Process.Kill only sends SIGKILL).</summary>
internal static class NativeSignal
{
    public static void Interrupt(int pid)
    {
        using var kill = Process.Start("kill", ["-INT", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
