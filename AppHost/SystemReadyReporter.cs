using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ontwikkelagenda.AppHost.Services;
using System.Globalization;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Once every resource is healthy: posts the sample data (unless --no-sample-data), prints the table of
/// resources and their URLs with the dashboard's login, the demo accounts on the run that made them, and writes the table to the endpoints file (removed
/// at stop). A resource that stops before it is healthy is named in one sentence.
/// </summary>
public sealed class SystemReadyReporter(
    AppHostOptions options,
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IConfiguration configuration,
    ILogger<SystemReadyReporter> logger) : BackgroundService
{
    private static readonly string[] Terminal = [KnownResourceStates.Exited, KnownResourceStates.FailedToStart, KnownResourceStates.Finished];

    private readonly EndpointsFile endpoints = new(options.EndpointsFile);

    /// <summary>Before any service starts, so a demo list written by this run is newer.</summary>
    private readonly DateTime runStartedUtc = DateTime.UtcNow;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var waited = model.Resources.Where(EndpointRows.IsOurs).ToList();
        var pending = new HashSet<string>(waited.Select(r => r.Name));
        var waiting = Task.WhenAll(waited.Select(async r =>
        {
            var failure = await WaitUntilHealthyOrStoppedAsync(r, stoppingToken);
            lock (pending)
            {
                pending.Remove(r.Name);
            }

            return failure;
        }));
        // A line every 15 s says what is still starting, so a slow start is never silent.
        while (await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(15), stoppingToken)) != waiting)
        {
            stoppingToken.ThrowIfCancellationRequested();
            lock (pending)
            {
                logger.LogInformation("Waiting for {Resources} to be healthy", string.Join(", ", pending.Order()));
            }
        }

        var failures = await waiting;
        if (failures.OfType<string>().ToList() is { Count: > 0 } failed)
        {
            foreach (var failure in failed)
            {
                logger.LogError("{Failure}", failure);
            }

            return;
        }

        if (options.SampleData)
        {
            var intakes = new Dictionary<string, Uri>
            {
                ["inkoop-api"] = EndpointRows.ServiceUrl(model, "inkoop-api"),
                ["ondersteuning-api"] = EndpointRows.ServiceUrl(model, "ondersteuning-api"),
            };
            await SampleData.LoadAsync(options.RepoRoot, options.DataDir, intakes, EndpointRows.ServiceUrl(model, IdentityService.Name),
                IdentityService.DemoAccountsFile(options), Console.Out, stoppingToken);
        }

        var rows = EndpointRows.For(model, DashboardUrl()).ToList();
        PrintTable(rows);
        endpoints.Write(rows);
        Console.WriteLine($"Ontwikkelagenda is running: open {rows.First(r => r.Name == "web").Url}");
        if (DashboardLogin() is { } login)
        {
            Console.WriteLine($"Aspire dashboard (logs, traces, metrics of every resource): {login}");
        }

        IdentityService.PrintDemoAccountsIfNew(options, runStartedUtc);
        Console.WriteLine($"Endpoints written to {endpoints.Path}; press Ctrl+C to stop.");
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        endpoints.Remove();
        await base.StopAsync(cancellationToken);
    }

    private async Task<string?> WaitUntilHealthyOrStoppedAsync(IResource resource, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var healthy = notifications.WaitForResourceHealthyAsync(resource.Name, either.Token);
        var stopped = notifications.WaitForResourceAsync(resource.Name, e => Terminal.Contains(e.Snapshot.State?.Text), either.Token);
        var first = await Task.WhenAny(healthy, stopped);
        await either.CancelAsync();
        if (first == healthy && healthy.IsCompletedSuccessfully)
        {
            return null;
        }

        var state = stopped.IsCompletedSuccessfully ? stopped.Result.Snapshot : null;
        return $"{resource.Name} stopped ({state?.State?.Text ?? "failed"}, exit code {state?.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none"}) before it was healthy: "
            + $"read its log in the Aspire dashboard ({DashboardLogin() ?? "disabled"}), fix the cause and start again.";
    }

    private string? DashboardUrl() =>
        model.Resources.Any(r => r.Name == "aspire-dashboard")
            ? configuration["ASPNETCORE_URLS"]?.Split(';')[0]
            : null;

    private string? DashboardLogin() => DashboardUrl() is { } url
        ? configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{url}/login?t={token}" : url
        : null;

    private static void PrintTable(IReadOnlyList<(string Name, string Url)> rows)
    {
        var width = rows.Max(r => r.Name.Length);
        Console.WriteLine();
        Console.WriteLine($"{"Resource".PadRight(width)}  URL");
        Console.WriteLine($"{new string('-', width)}  {new string('-', 40)}");
        foreach (var (name, url) in rows)
        {
            Console.WriteLine($"{name.PadRight(width)}  {url}");
        }

        Console.WriteLine();
    }
}
