using System.Security.Cryptography;
using System.Text;

namespace Ontwikkelagenda.AppHost;

/// <summary>The command line: <c>[--reset] [--data-dir DIR] [--restore FILE] [--web-port N] [--endpoints-file FILE] [--no-monitoring] [--no-sample-data]</c>.</summary>
public sealed class AppHostOptions
{
    public const string Usage =
        """
        Usage: ./run.sh [--reset] [--data-dir DIR] [--restore FILE] [--web-port N] [--endpoints-file FILE] [--no-monitoring] [--no-sample-data]
          --reset                wipe the servers' data before starting
          --data-dir DIR         where PostgreSQL, RabbitMQ and Redis keep their data
                                 (default: <repo>/.data/servers; as root /var/lib/ontwikkelagenda/<checkout>)
          --restore FILE         restore a backup of ./backup.sh into the (new, empty) data dir before starting;
                                 the sample meldingen are then not posted
          --web-port N           port of the web front end (default 5080; 0 = any free port)
          --endpoints-file FILE  where the resources' URLs are written (default <repo>/.data/endpoints.json)
          --no-monitoring        do not start Prometheus, the PostgreSQL exporter and Grafana
          --no-sample-data       do not post the sample meldingen (data/voorbeeld/meldingen.json)
        """;

    public bool Reset { get; private init; }

    /// <summary>The backup restored into the databases before anything starts, or null.</summary>
    public string? RestoreFile { get; private init; }

    public required string RepoRoot { get; init; }

    public required string DataDir { get; init; }

    public int WebPort { get; private init; } = 5080;

    public required string EndpointsFile { get; init; }

    public bool ShowHelp { get; private init; }

    /// <summary>Prometheus, the PostgreSQL exporter and (when installed) Grafana run too.</summary>
    public bool Monitoring { get; private init; } = true;

    /// <summary>The sample providers, contracts, trajectories and reports are posted to the intake services once they are healthy.</summary>
    public bool SampleData { get; private init; } = true;

    public static AppHostOptions Parse(IReadOnlyList<string> args)
    {
        bool reset = false, help = false, monitoring = true, sampleData = true;
        string? dataDir = null, endpointsFile = null, restoreFile = null;
        var webPort = 5080;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--reset": reset = true; break;
                case "--help" or "-h": help = true; break;
                case "--no-monitoring": monitoring = false; break;
                case "--no-sample-data": sampleData = false; break;
                case "--data-dir": dataDir = Value(args, ref i); break;
                case "--restore": restoreFile = Value(args, ref i); break;
                case "--endpoints-file": endpointsFile = Value(args, ref i); break;
                case "--web-port":
                    var text = Value(args, ref i);
                    webPort = int.TryParse(text, out var port) && port is >= 0 and <= 65535
                        ? port
                        : throw new AppHostException($"--web-port needs a port number from 0 to 65535, not '{text}'.");
                    break;
                default:
                    throw new AppHostException($"Unknown option '{args[i]}': see ./run.sh --help.");
            }
        }

        var root = AppHost.RepoRoot.Find();
        return new AppHostOptions
        {
            Reset = reset,
            ShowHelp = help,
            Monitoring = monitoring,
            // A restored system holds what its backup held, and nothing more.
            SampleData = sampleData && restoreFile is null,
            RestoreFile = restoreFile is null ? null : Path.GetFullPath(restoreFile),
            RepoRoot = root,
            DataDir = Path.GetFullPath(dataDir ?? DefaultDataDir(root)),
            WebPort = webPort,
            EndpointsFile = Path.GetFullPath(endpointsFile ?? Path.Combine(root, ".data", "endpoints.json")),
        };
    }

    // As root the servers run as their system users, which cannot enter a checkout under /root:
    // their data goes to a per-checkout folder they can reach.
    private static string DefaultDataDir(string repoRoot)
    {
        if (!LocalServers.RunAs.IsRoot)
        {
            return Path.Combine(repoRoot, ".data", "servers");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repoRoot)))[..8];
        return Path.Combine("/var/lib/ontwikkelagenda", $"{Path.GetFileName(repoRoot)}-{hash}");
    }

    /// <summary>The folder of one server's data.</summary>
    public string ServerDir(string resourceName) => Path.Combine(DataDir, resourceName);

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new AppHostException($"{args[i - 1]} needs a value: see ./run.sh --help.");
}
