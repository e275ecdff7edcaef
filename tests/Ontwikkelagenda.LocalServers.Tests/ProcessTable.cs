namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>Reads /proc to tell whether processes are still there.</summary>
internal static class ProcessTable
{
    public static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/cmdline") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ");

    /// <summary>Live processes whose command line contains <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> CommandLinesContaining(string text) =>
        Directory.GetDirectories("/proc")
            .Where(dir => int.TryParse(Path.GetFileName(dir), out _))
            .Select(dir => TryRead(Path.Combine(dir, "cmdline")).Replace('\0', ' '))
            .Where(cmdline => cmdline.Contains(text, StringComparison.Ordinal))
            .ToList();

    private static string TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
