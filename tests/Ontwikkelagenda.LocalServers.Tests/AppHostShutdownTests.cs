using System.Diagnostics;

namespace Ontwikkelagenda.LocalServers.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholeSystemCollection
{
    public const string Name = "whole system";
}

/// <summary>The system as ./run.sh starts it: the built AppHost dll with Aspire's orchestrator.</summary>
[Collection(WholeSystemCollection.Name)]
public sealed class AppHostShutdownTests
{
    // What AppHost starts: the orchestrator, the servers and the services.
    private static readonly string[] Started =
        ["dcp", "postgres", "redis-server", "beam.smp", "epmd", "Agenda.Silo", "Agenda.Api", "Leerplicht.Api", "Inkoop.Api", "Ondersteuning.Api", "Identity.Api", "Ontwikkelagenda.Web"];

    [Fact]
    public async Task Ctrl_C_stops_AppHost_and_leaves_no_process_it_started()
    {
        var cancel = TestContext.Current.CancellationToken;
        // Not CreateTempSubdirectory: its mode 700 would keep the postgres and rabbitmq users out when run as root.
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-shutdown-{Guid.NewGuid():N}"));
        var endpoints = Path.Combine(scratch.FullName, "endpoints.json");
        var before = Snapshot();

        using var appHost = AppHostRun.Start(
            ["--data-dir", Path.Combine(scratch.FullName, "data"), "--web-port", "0", "--endpoints-file", endpoints,
             "--no-monitoring", "--no-sample-data"]);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!File.Exists(endpoints) && !appHost.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, cancel);
        }

        if (!File.Exists(endpoints))
        {
            appHost.Kill(entireProcessTree: true);
            Assert.Fail("AppHost did not report every resource healthy within 3 minutes.");
        }

        var started = Snapshot().Except(before).ToList();
        Assert.Contains(started, p => p.Name == "postgres");
        Assert.Contains(started, p => p.Name == "Agenda.Silo");

        NativeSignal.Interrupt(appHost.Id);
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await appHost.WaitForExitAsync(timeout.Token);
        }

        Assert.Equal(0, appHost.ExitCode);
        Assert.False(File.Exists(endpoints), "The endpoints file stays only while the system runs.");
        // The orchestrator's own processes may take a few seconds more to go.
        var left = started;
        for (var i = 0; i < 60 && left.Count > 0; i++)
        {
            await Task.Delay(500, cancel);
            left = [.. started.Where(p => ProcessTable.IsRunning(p.Pid))];
        }

        Assert.Empty(left);
        scratch.Delete(recursive: true);
    }

    private static HashSet<(int Pid, string Name)> Snapshot() =>
        [.. Process.GetProcesses()
            .Select(p => (p.Id, Name: SafeName(p)))
            .Where(p => Started.Contains(p.Name))];

    private static string SafeName(Process process)
    {
        try
        {
            return process.ProcessName;
        }
        catch (InvalidOperationException)
        {
            return "";
        }
    }
}
