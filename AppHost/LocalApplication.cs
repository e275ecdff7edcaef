using System.Diagnostics;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// The application model and its run: resources are added like in Aspire's
/// DistributedApplicationBuilder, then started in dependency order and stopped in reverse.
/// </summary>
public sealed class LocalApplication(AppHostOptions options, ResourceConsole console)
{
    private readonly List<Resource> resources = [];
    private readonly EndpointsFile endpoints = new(options.EndpointsFile);
    private readonly List<Func<CancellationToken, Task>> whenHealthy = [];

    public PostgresResource AddPostgres(string name) => Add(new PostgresResource(name, ServerDir(name), console));

    public RabbitMqResource AddRabbitMq(string name) => Add(new RabbitMqResource(name, ServerDir(name), console));

    public RedisResource AddRedis(string name) => Add(new RedisResource(name, ServerDir(name), console));

    /// <summary>Prometheus scraping every project resource (also those added after it), RabbitMQ and the PostgreSQL exporter.</summary>
    public PrometheusResource AddPrometheus(string name) =>
        Add(new PrometheusResource(name, ServerDir(name), options.RepoRoot, () => resources, console));

    public PostgresExporterResource AddPostgresExporter(string name, PostgresResource postgres) =>
        Add(new PostgresExporterResource(name, ServerDir(name), postgres, console));

    public GrafanaResource AddGrafana(string name, PrometheusResource prometheus) =>
        Add(new GrafanaResource(name, ServerDir(name), options.RepoRoot, prometheus, console));

    public OrleansCluster AddOrleans(string serviceId, RedisResource clustering) => new(serviceId, clustering);

    /// <summary>A .NET project from <paramref name="projectDir"/> (relative to the repo), run from its build output.</summary>
    public ProjectResource AddProject(string name, string projectDir, string assemblyName)
    {
        var project = Add(new ProjectResource(name, new ProjectLocation(options.RepoRoot, projectDir, assemblyName), console));
        project.Started += RecordServiceProcesses;
        return project;
    }

    /// <summary>Work to do once every resource is healthy, before the system is reported running (e.g. loading sample data).</summary>
    public void WhenHealthy(Func<CancellationToken, Task> step) => whenHealthy.Add(step);

    /// <summary>Starts everything, runs until <paramref name="shutdown"/> fires, stops everything. Returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken shutdown)
    {
        // First: a run killed earlier may still hold the web port.
        await EndLeftoversAsync();
        foreach (var resource in resources)
        {
            resource.CheckPorts();
        }

        foreach (var resource in resources)
        {
            resource.Validate();
        }

        PrepareDataDir();

        var exitCode = 0;
        var running = resources.Select(r => r.RunAsync(shutdown)).ToList();
        try
        {
            await Task.WhenAll(running);
            foreach (var step in whenHealthy)
            {
                await step(shutdown);
            }

            ReportRunning();
            await Task.Delay(Timeout.Infinite, shutdown);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            exitCode = 1;
            ReportFailure(running);
        }

        await StopAsync(running);
        return exitCode;
    }

    private T Add<T>(T resource) where T : Resource
    {
        resources.Add(resource);
        console.Register(resource.Name);
        return resource;
    }

    private string ServerDir(string name) => Path.Combine(options.DataDir, name);

    // If AppHost dies without stopping its services, the next run ends them (the servers do the same).
    private const string ServicePidsFile = "services.pids";

    private async Task EndLeftoversAsync()
    {
        if (!Directory.Exists(options.DataDir))
        {
            return;
        }

        var ended = await LeftoverProcesses.KillAsync(options.DataDir, ServicePidsFile);
        foreach (var serverDir in Directory.GetDirectories(options.DataDir))
        {
            ended += await LeftoverProcesses.KillAsync(serverDir);
        }

        if (ended > 0)
        {
            console.Info($"Ended {ended} processes an earlier run, which did not stop cleanly, left running.");
        }
    }

    private void RecordServiceProcesses()
    {
        lock (resources)
        {
            var pids = resources.OfType<ProjectResource>().Select(p => p.ProcessId).OfType<int>();
            LeftoverProcesses.Record(options.DataDir, pids, ServicePidsFile);
        }
    }

    private void PrepareDataDir()
    {
        if (options.Reset && Directory.Exists(options.DataDir))
        {
            console.Info($"--reset: removing {options.DataDir}");
            Directory.Delete(options.DataDir, recursive: true);
        }

        Directory.CreateDirectory(options.DataDir);
        if (RunAs.IsRoot && !OperatingSystem.IsWindows())
        {
            // The servers' system users must be able to pass through to their own folders.
            for (var dir = options.DataDir; dir != "/" && dir.StartsWith("/var/lib/ontwikkelagenda", StringComparison.Ordinal); dir = Path.GetDirectoryName(dir)!)
            {
                File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
            }
        }
    }

    private void ReportRunning()
    {
        var rows = resources.SelectMany(r => r.Endpoints).ToList();
        var width = rows.Max(r => r.Name.Length);
        console.Plain(
        [
            "",
            $"{"Resource".PadRight(width)}  URL",
            $"{new string('-', width)}  {new string('-', 40)}",
            .. rows.Select(r => $"{r.Name.PadRight(width)}  {r.Url}"),
            "",
        ]);
        endpoints.Write(rows);
        var web = resources.FirstOrDefault(r => r.Name == "web")?.Url ?? rows[^1].Url;
        console.Info($"Ontwikkelagenda is running: open {web}");
        console.Info($"Endpoints written to {endpoints.Path}; press Ctrl+C to stop.");
    }

    private void ReportFailure(IEnumerable<Task> running)
    {
        // A dependent fails with its dependency's exception: report each once.
        foreach (var failure in running.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).Distinct())
        {
            switch (failure)
            {
                case ResourceFailedException resource:
                    console.Error(resource.Message + " Its last output lines:");
                    foreach (var line in resource.LastOutput.TakeLast(20))
                    {
                        console.Error("    " + line);
                    }

                    break;
                case LocalServerException or AppHostException:
                    // One sentence (a server's start failure also carries its last output lines).
                    console.Error(failure.Message);
                    break;
                default:
                    console.Error(failure.ToString());
                    break;
            }
        }
    }

    // Projects first (they hold connections to the servers), then the servers; all within 15 seconds.
    private async Task StopAsync(IEnumerable<Task> running)
    {
        var clock = Stopwatch.StartNew();
        console.Info("Stopping ...");
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        await Task.WhenAll(resources.OfType<ProjectResource>().Select(r => r.StopAsync()));
        await Task.WhenAll(resources.Where(r => r is not ProjectResource).Select(r => r.StopAsync()));
        endpoints.Remove();
        console.Info($"Stopped in {clock.Elapsed.TotalSeconds:0.0} s.");
    }
}
