using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.AppHost.Services;
using Ontwikkelagenda.Bench.Systeem;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// Starting the whole system (as ./run.sh does, without monitoring) until every resource is healthy and the sample
/// data is posted, and what each process holds in memory once it is idle.
/// </summary>
public static class StartEnGeheugen
{
    private static readonly string[] Diensten = ["agenda-silo-0", "agenda-silo-1", "agenda-api", "leerplicht-api", "inkoop-api", "ondersteuning-api", "identity-api", "web"];
    private static readonly string[] Servers = [SystemDatabases.Server, "rabbitmq", "rabbitmq-epmd", "redis"];

    /// <summary>
    /// Starts the system on <paramref name="dataDir"/>, the silos reading their register from <paramref name="domeinData"/>
    /// (their own <c>data/</c> when null); returns it with the time it took.
    /// </summary>
    public static async Task<(AspireSystem Systeem, TimeSpan Duur)> Start(string dataDir, string logBestand, string? domeinData = null)
    {
        var systeem = new AspireSystem(dataDir, logBestand, builder =>
        {
            // The resources' console lines go to the log file only: stdout is for the progress lines.
            builder.Services.AddLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.None));
            if (domeinData is null) return;
            foreach (var silo in builder.Resources.OfType<ServiceResource>().Where(p => p.Name.StartsWith("agenda-silo-", StringComparison.Ordinal)).ToList())
                builder.CreateResourceBuilder(silo).WithEnvironment("DomeinData__Pad", domeinData);
        });
        var klok = Stopwatch.StartNew();
        try
        {
            await systeem.StartAsync("--no-monitoring");
        }
        catch
        {
            await systeem.DisposeAsync();
            throw;
        }
        return (systeem, klok.Elapsed);
    }

    /// <summary>
    /// The system's processes by part, for <see cref="CpuVerbruik"/>: each service, each server with every process it
    /// started, Aspire's orchestrator DCP (with the proxies in front of every endpoint), and this process (the load
    /// generator and AppHost).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>> Delen(AspireSystem systeem)
    {
        var delen = new Dictionary<string, IReadOnlyList<int>>();
        foreach (var dienst in Diensten) delen[dienst] = [Proces.Dienst(systeem.ServiceProcessIds(dienst))];
        foreach (var server in Servers) delen[server] = Proces.MetNakomelingen(systeem.ExecutableProcessId(server));
        delen["dcp"] = CpuVerbruik.Genaamd("dcp");
        delen[DezeProces] = [Environment.ProcessId];
        return delen;
    }

    /// <summary>The part <see cref="Delen"/> names for this process.</summary>
    public const string DezeProces = "bench (load, AppHost)";

    /// <summary>
    /// Memory per process after <paramref name="rust"/> without load: a service's own process (RSS), a server with
    /// every process it started, a wrapper and the server's own (PSS summed, so what they share counts once).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, double>> RustGeheugen(AspireSystem systeem, TimeSpan rust, CancellationToken cancellationToken)
    {
        await Task.Delay(rust, cancellationToken);
        var geheugen = new Dictionary<string, double>();
        foreach (var dienst in Diensten) geheugen[dienst] = Proces.RssMiB(Proces.Dienst(systeem.ServiceProcessIds(dienst)));
        foreach (var server in Servers) geheugen[server] = Proces.MetNakomelingen(systeem.ExecutableProcessId(server)).Sum(Proces.PssMiB);
        return geheugen;
    }
}

/// <summary>
/// Start of the whole system to all healthy: the first on an empty data directory (databases created, sample data
/// posted) and a warm one on the data the benchmarks left; and each process's idle memory after the warm start.
/// (The warm start with the national data set is in <see cref="LandelijkeMeting"/>.)
/// </summary>
public sealed record Opstart(double KoudeStartSeconden, double WarmeStartSeconden, IReadOnlyDictionary<string, double> RustGeheugenMiB);
