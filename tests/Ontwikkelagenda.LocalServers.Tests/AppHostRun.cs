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
