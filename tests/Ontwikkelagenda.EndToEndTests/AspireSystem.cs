using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// The whole system as ./run.sh defines it, started through Aspire.Hosting.Testing on its own data directory
/// and ports (never those of a system a developer has running), without the dashboard. It counts as started
/// once AppHost wrote its endpoints file: every resource healthy and the sample data posted.
/// </summary>
public sealed class AspireSystem(string dataDir, string logFile, Action<IDistributedApplicationTestingBuilder>? configure = null)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string endpointsFile = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-endpoints-{Guid.NewGuid():N}.json");
    private DistributedApplication? app;

    public IReadOnlyDictionary<string, string> Endpoints { get; private set; } = new Dictionary<string, string>();

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
        builder.Services.AddLogging(logging => logging.AddProvider(new CappedFileLoggerProvider(logFile)));
        configure?.Invoke(builder);

        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        while (!File.Exists(endpointsFile))
        {
            if (timeout.IsCancellationRequested)
                throw new TimeoutException($"The system was not healthy within {StartTimeout}; see {logFile}.");
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

    /// <summary>Stops every resource, as Ctrl+C does.</summary>
    public async Task StopAsync()
    {
        if (app is null) return;
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    /// <summary>Sets <paramref name="variable"/> on every project resource (after Aspire's own, so it wins).</summary>
    public static void SetOnEveryService(IDistributedApplicationTestingBuilder builder, string variable, string value)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(variable, value);
        }
    }
}
