using System.Net.Http;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// PostgreSQL metrics for Prometheus through Debian's prometheus-postgres-exporter, connected to
/// a <c>postgresql://</c> URL. Healthy once /metrics reports <c>pg_up 1</c>.
/// </summary>
public sealed class PostgresExporter : LocalServer
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string binary;
    private readonly Func<string> dataSourceName;

    /// <param name="dataSourceName">The database to watch, asked for when the exporter starts (once PostgreSQL runs), e.g. <c>postgresql://postgres@127.0.0.1:5432/postgres?sslmode=disable</c>.</param>
    /// <param name="dataDir">Working folder (the exporter keeps no data); null for a temporary one.</param>
    /// <param name="port">Port of its /metrics; 0 for a free one.</param>
    /// <param name="log">Receives every output line of the exporter.</param>
    public PostgresExporter(Func<string> dataSourceName, string? dataDir = null, int port = 0, Action<string>? log = null)
        : base("PostgreSQL exporter", dataDir, port, log)
    {
        this.dataSourceName = dataSourceName;
        binary = ServerBinaries.Find("prometheus-postgres-exporter", "/usr/bin")
            ?? throw new ServerMissingException("PostgreSQL exporter", "prometheus-postgres-exporter", "prometheus-postgres-exporter");
    }

    /// <inheritdoc />
    public override string ConnectionUrl => $"http://127.0.0.1:{Port}/metrics";

    /// <inheritdoc />
    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDir);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = binary,
        Arguments = [$"--web.listen-address=127.0.0.1:{Port}"],
        Environment = new Dictionary<string, string> { ["DATA_SOURCE_NAME"] = dataSourceName() },
        WorkingDirectory = DataDir,
        Log = Log,
    };

    /// <inheritdoc />
    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var metrics = await Http.GetStringAsync(ConnectionUrl, cancellationToken);
            return metrics.Contains("\npg_up 1", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
