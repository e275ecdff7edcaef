using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>Runs the built AppHost dll and collects its exit code and output.</summary>
internal static class AppHostRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet", [AppHostDll(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// Starts the built AppHost dll as a terminal would, with SIGINT at its default disposition: a test run started as a
    /// background job of a non-interactive shell inherits SIGINT ignored, and .NET then keeps ignoring it, so Ctrl+C
    /// (the test's SIGINT) would never reach AppHost. Its console lines are read and dropped (the test reads the endpoints file).
    /// </summary>
    public static Process Start(IEnumerable<string> arguments)
    {
        var process = Process.Start(new ProcessStartInfo("env", ["--default-signal=INT", "dotnet", AppHostDll(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Built by the ProjectReference, in the same configuration as this test project.
    private static string AppHostDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory); // .../tests/X/bin/<Configuration>/net10.0/
        var configuration = testBin.Parent!.Name;
        var repo = testBin;
        while (!File.Exists(Path.Combine(repo.FullName, "Ontwikkelagenda.sln")))
        {
            repo = repo.Parent ?? throw new InvalidOperationException("Ontwikkelagenda.sln not found above the test binaries.");
        }

        return Path.Combine(repo.FullName, "AppHost", "bin", configuration, "net10.0", "Ontwikkelagenda.AppHost.dll");
    }
}
