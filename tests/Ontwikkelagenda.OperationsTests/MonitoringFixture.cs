using System.Net.Http.Json;
using Ontwikkelagenda.EndToEndTests;

[assembly: AssemblyFixture(typeof(Ontwikkelagenda.OperationsTests.MonitoringFixture))]

namespace Ontwikkelagenda.OperationsTests;

/// <summary>
/// The whole system with its monitoring, started once for the assembly by the real AppHost, with
/// events flowing: meldingen in every municipality (one open longer than three months) and a rejected one.
/// </summary>
public sealed class MonitoringFixture : IAsyncLifetime
{
    /// <summary>How long a query may take to see data: scrapes every 2 s, KPI gauges refresh every 15 s.</summary>
    public static readonly TimeSpan DataDeadline = TimeSpan.FromSeconds(90);

    private static readonly string[] Gemeenten = ["GM1680", "GM0106", "GM1731", "GM1730"];

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-ops-{Guid.NewGuid():N}");
    private AspireSystem appHost = null!;

    public PrometheusApi Prometheus { get; private set; } = null!;

    /// <summary>Receives the traces of every service.</summary>
    public OtlpTraceReceiver Traces { get; } = new();

    /// <summary>Leerplicht.Api as the leerplichtambtenaar of <paramref name="gemeente"/> (its demo client's token).</summary>
    public HttpClient LeerplichtAls(string gemeente) =>
        SysteemToegang.Van(appHost).Client(appHost, "leerplicht-api", SysteemToegang.Van(gemeente), TimeSpan.FromSeconds(30));

    public IReadOnlyDictionary<string, string> Endpoints => appHost.Endpoints;

    public async ValueTask InitializeAsync()
    {
        // The services export traces to this collector instead of the dashboard; short batches so a trace arrives within seconds.
        appHost = new AspireSystem(dataDir, Path.Combine(RepositoryPaths.Artifacts, "operations-apphost.log"), builder =>
        {
            AspireSystem.SetOnEveryService(builder, "OTEL_EXPORTER_OTLP_ENDPOINT", Traces.Endpoint.ToString().TrimEnd('/'));
            AspireSystem.SetOnEveryService(builder, "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            AspireSystem.SetOnEveryService(builder, "OTEL_BSP_SCHEDULE_DELAY", "500");
        });
        await appHost.StartAsync();
        Prometheus = new PrometheusApi(appHost.Url("prometheus"));
        await SendMeldingenAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Prometheus?.Dispose();
        await appHost.StopAsync();
        Traces.Dispose();
        try { Directory.Delete(dataDir, recursive: true); }
        catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Retries <paramref name="probe"/> until it holds or <see cref="DataDeadline"/> passes; returns its last result.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<CancellationToken, Task<T>> probe, Func<T, bool> holds)
    {
        using var deadline = new CancellationTokenSource(DataDeadline);
        while (true)
        {
            var result = await probe(CancellationToken.None);
            if (holds(result) || deadline.IsCancellationRequested)
            {
                return result;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        }
    }

    private async Task SendMeldingenAsync()
    {
        foreach (var gemeente in Gemeenten)
        {
            using var eigen = LeerplichtAls(gemeente);
            await PostAsync(eigen, Meldingen.Absoluut(gemeente, Meldingen.Today.AddDays(-7)), 202);
        }

        using var http = LeerplichtAls(Gemeenten[0]);
        await PostAsync(http, Meldingen.Absoluut(Gemeenten[0], Meldingen.Today.AddMonths(-4)), 202);
        // A rejected melding, so the 4xx panels have a series too.
        await PostAsync(http, new { meldingId = Guid.NewGuid() }, 400);
    }

    private static async Task PostAsync(HttpClient http, object body, int expected)
    {
        using var response = await http.PostAsJsonAsync("/v1/thuiszitters", body);
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"POST /v1/thuiszitters answered {(int)response.StatusCode}, expected {expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
