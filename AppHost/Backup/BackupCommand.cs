using System.Globalization;
using System.Text.Json;
using Ontwikkelagenda.LocalServers;

namespace Ontwikkelagenda.AppHost.Backup;

/// <summary>
/// <c>./backup.sh [--out FILE] [--endpoints-file F]</c>: finds the running system's PostgreSQL in its endpoints file
/// and writes every database into one file (<see cref="PostgresBackup"/>), in <see cref="SystemDatabases.InBackupOrder"/>.
/// </summary>
public static class BackupCommand
{
    /// <summary>The first argument that makes AppHost back up instead of start.</summary>
    public const string Verb = "backup";

    public const string Usage =
        """
        Usage: ./backup.sh [--out FILE] [--endpoints-file FILE]
          --out FILE             where the backup is written (default <repo>/.data/backups/ontwikkelagenda-<date>-<time>.tar)
          --endpoints-file FILE  the endpoints file of the running system (default <repo>/.data/endpoints.json)
        Restore with: ./run.sh --restore FILE --data-dir NEWDIR
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        string? outFile = null, endpointsFile = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                case "--out": outFile = Value(args, ref i); break;
                case "--endpoints-file": endpointsFile = Value(args, ref i); break;
                default: throw new AppHostException($"Unknown option '{args[i]}': see ./backup.sh --help.");
            }
        }

        var root = RepoRoot.Find();
        endpointsFile = Path.GetFullPath(endpointsFile ?? Path.Combine(root, ".data", "endpoints.json"));
        outFile = Path.GetFullPath(outFile ?? Path.Combine(root, ".data", "backups",
            $"ontwikkelagenda-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.tar"));

        var port = PostgresPort(endpointsFile);
        if (!await PostgresServer.IsHealthyAsync(PostgresServer.ConnectionStringFor(port), cancellationToken))
        {
            throw new AppHostException(
                $"Ontwikkelagenda is not running: PostgreSQL at 127.0.0.1:{port} (from {endpointsFile}) does not answer; start it with ./run.sh and back up while it runs.");
        }

        Console.WriteLine($"Backing up {string.Join(", ", SystemDatabases.InBackupOrder)} of PostgreSQL at 127.0.0.1:{port}");
        var manifest = await PostgresBackup.WriteAsync(port, SystemDatabases.InBackupOrder, outFile, Console.WriteLine, cancellationToken);
        Console.WriteLine($"Backup written to {outFile} (PostgreSQL {manifest.PostgresVersion}, {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC); restore it with ./run.sh --restore {outFile} --data-dir NEWDIR");
        return 0;
    }

    /// <summary>The PostgreSQL port in the endpoints file AppHost writes once the system is healthy (and removes at stop).</summary>
    private static int PostgresPort(string endpointsFile)
    {
        if (!File.Exists(endpointsFile))
        {
            throw new AppHostException(
                $"Ontwikkelagenda is not running: there is no {endpointsFile} (AppHost writes it once every resource is healthy); start it with ./run.sh, or name its file with --endpoints-file.");
        }

        try
        {
            var endpoints = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(endpointsFile));
            if (endpoints?.GetValueOrDefault(SystemDatabases.Server) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Port > 0)
            {
                return uri.Port;
            }
        }
        catch (JsonException)
        {
            // Said below.
        }

        throw new AppHostException($"{endpointsFile} names no PostgreSQL ('{SystemDatabases.Server}'): name the endpoints file of a running system with --endpoints-file.");
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new AppHostException($"{args[i - 1]} needs a value: see ./backup.sh --help.");
}
