using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// The whole system as ./run.sh defines it, started through Aspire.Hosting.Testing on its own data directory
/// and ports (never those of a system a developer has running), without the dashboard. It counts as started
/// once AppHost wrote its endpoints file: every resource healthy and the sample data posted.
/// </summary>
public sealed class AspireSystem(string dataDir, string logFile, Action<IDistributedApplicationTestingBuilder>? configure = null) : IAsyncDisposable
{
    /// <summary>
    /// Set on every service this system starts (value: its data directory), so a test can tell its own
    /// processes from those of another system running on the same machine.
    /// </summary>
    public const string MarkerVariable = "ONTWIKKELAGENDA_TEST_SYSTEM";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly string[] Terminal = [KnownResourceStates.Exited, KnownResourceStates.FailedToStart, KnownResourceStates.Finished];

    private readonly string endpointsFile = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-endpoints-{Guid.NewGuid():N}.json");
    private DistributedApplication? app;
    private CappedFileLoggerProvider? log;

    public IReadOnlyDictionary<string, string> Endpoints { get; private set; } = new Dictionary<string, string>();

    /// <summary>The endpoints file AppHost writes for this system (what ./backup.sh reads).</summary>
    public string EndpointsFile => endpointsFile;

    public Uri Url(string resource) => new(Endpoints[resource]);

    public async Task StartAsync(params string[] extraArguments)
    {
        File.Delete(endpointsFile);
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ontwikkelagenda_AppHost>(
            ["--data-dir", dataDir, "--web-port", "0", "--endpoints-file", endpointsFile, .. extraArguments],
            (options, _) => options.DisableDashboard = true,
            timeout.Token);
        // AppHost's own lines and every resource's console log, kept with the other artifacts (capped).
        log = new CappedFileLoggerProvider(logFile);
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        SetOnEveryService(builder, MarkerVariable, dataDir);
        configure?.Invoke(builder);

        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var watched = model.Resources.Where(r => r is ExecutableResource).Select(r => r.Name).ToList();
        while (!File.Exists(endpointsFile))
        {
            // A resource that ended will never be healthy: say which at once instead of after the timeout.
            var ended = watched.Where(name => app.ResourceNotifications.TryGetCurrentState(name, out var e)
                && Terminal.Contains(e.Snapshot.State?.Text)).ToList();
            if (ended.Count > 0)
                throw new InvalidOperationException($"The system did not start: {string.Join(", ", ended)} stopped before every resource was healthy; see {logFile}.");
            if (timeout.IsCancellationRequested)
            {
                var notHealthy = watched.Where(name => !app.ResourceNotifications.TryGetCurrentState(name, out var e)
                    || e.Snapshot.HealthStatus != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy);
                throw new TimeoutException(
                    $"The system was not healthy within {StartTimeout} (not healthy: {string.Join(", ", notHealthy)}); see {logFile}.");
            }

            await Task.Delay(250, CancellationToken.None);
        }

        // The file may be seen before it is completely written.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Endpoints = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(endpointsFile))!;
                return;
            }
            catch (JsonException) when (attempt < 20)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The connection string of every PostgreSQL database of the system, by database name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DatabaseConnectionStringsAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>();
        foreach (var database in Started.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<Ontwikkelagenda.AppHost.Servers.PostgresDatabaseResource>())
        {
            result[database.Name] = await Started.GetConnectionStringAsync(database.Name, cancellationToken)
                ?? throw new InvalidOperationException($"No connection string for {database.Name}.");
        }
        return result;
    }

    /// <summary>Stops every resource, as Ctrl+C does.</summary>
    public async Task StopAsync()
    {
        if (app is not null)
        {
            try
            {
                await app.StopAsync();
            }
            finally
            {
                await app.DisposeAsync();
                app = null;
            }
        }

        // Aspire does not dispose a logger provider it was given, so the file is closed here (after the last line).
        log?.Dispose();
        log = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>
    /// Leerplicht.Api looks for cases past three months every 2 s instead of every minute, so that a deadline
    /// announcement shows within a test's wait.
    /// </summary>
    public static void ScanDeadlinesEveryTwoSeconds(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ServiceResource>().Single(p => p.Name == "leerplicht-api"))
            .WithEnvironment("Leerplicht__TermijnInterval", "00:00:02");

    /// <summary>
    /// Identity.Api takes 10 login posts a minute per address (tested in Identity.Api.Tests); every browser of these
    /// tests signs in from 127.0.0.1, one role after another, so here the limit is that of a whole office.
    /// </summary>
    public static void LoginsFromOneAddress(IDistributedApplicationTestingBuilder builder) =>
        builder.CreateResourceBuilder(builder.Resources.OfType<ServiceResource>().Single(p => p.Name == IdentityService.Name))
            .WithEnvironment("Identity__LoginPostsPerMinute", "600");

    /// <summary>Sets <paramref name="variable"/> on every service resource (after Aspire's own, so it wins).</summary>
    public static void SetOnEveryService(IDistributedApplicationTestingBuilder builder, string variable, string value)
    {
        foreach (var project in builder.Resources.OfType<ServiceResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(variable, value);
        }
    }

    /// <summary>Runs one of the dashboard's resource commands (<see cref="KnownResourceCommands"/>), as an operator would.</summary>
    public async Task Command(string resource, string command)
    {
        var result = await Started.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, command);
        if (!result.Success) throw new InvalidOperationException($"{command} on {resource} failed: {result.Message}");
    }

    public async Task WaitUntilHealthy(string resource, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await Started.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellation.Token);
    }

    /// <summary>Waits until the orchestrator saw <paramref name="resource"/>'s process end (killed, stopped or crashed).</summary>
    public async Task WaitUntilEnded(string resource, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await Started.ResourceNotifications.WaitForResourceAsync(resource, Terminal, cancellation.Token);
    }

    /// <summary>Whether the orchestrator saw <paramref name="resource"/>'s process end and it was not started again.</summary>
    public bool HasEnded(string resource) =>
        Started.ResourceNotifications.TryGetCurrentState(resource, out var e) && Terminal.Contains(e.Snapshot.State?.Text);

    /// <summary>The process id the orchestrator reports for executable resource <paramref name="resource"/> (a server).</summary>
    public int ExecutableProcessId(string resource) =>
        Started.ResourceNotifications.TryGetCurrentState(resource, out var e)
        && e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
            ? Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{resource} has no process.");

    /// <summary>The value of environment variable <paramref name="name"/> that service resource <paramref name="resource"/> was started with.</summary>
    public string ServiceEnvironment(string resource, string name)
    {
        var prefix = $"{name}=";
        return ServiceProcessIds(resource).SelectMany(EnvironmentOf).FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..]
            ?? throw new InvalidOperationException($"{resource} runs without {name}.");
    }

    /// <summary>
    /// The processes of service resource <paramref name="resource"/> of this system (Aspire names it in OTEL_SERVICE_NAME):
    /// the service's own program, which AppHost starts from its build output.
    /// </summary>
    public List<int> ServiceProcessIds(string resource) =>
        [.. System.Diagnostics.Process.GetProcesses().Select(p => p.Id)
            .Where(pid => HasMarker(pid) && EnvironmentOf(pid).Contains($"OTEL_SERVICE_NAME={resource}"))];

    private DistributedApplication Started => app ?? throw new InvalidOperationException("The system is not started.");

    /// <summary>The ids of the running processes named <paramref name="names"/> that this system started.</summary>
    public List<int> ServiceProcessIds(IReadOnlyCollection<string> names) =>
        System.Diagnostics.Process.GetProcesses()
            .Where(p => names.Contains(p.ProcessName) && HasMarker(p.Id))
            .Select(p => p.Id)
            .ToList();

    private bool HasMarker(int pid) => EnvironmentOf(pid).Contains($"{MarkerVariable}={dataDir}");

    /// <summary>/proc/&lt;pid&gt;/environ: NUL-separated NAME=value pairs, as the process was started.</summary>
    private static string[] EnvironmentOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // ended meanwhile, or not ours to read
        }
    }
}
