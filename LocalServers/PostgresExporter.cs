namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// How Debian's prometheus-postgres-exporter runs: PostgreSQL metrics for Prometheus, connected to a
/// <c>postgresql://</c> URL given in <c>DATA_SOURCE_NAME</c>. Healthy once its /metrics reports <c>pg_up 1</c>.
/// </summary>
public static class PostgresExporter
{
    /// <summary>The line of /metrics that says the exporter reaches PostgreSQL.</summary>
    public const string UpLine = "\npg_up 1";

    /// <summary>prometheus-postgres-exporter, or <see cref="ServerMissingException"/>.</summary>
    public static string FindBinary() =>
        ServerBinaries.Find("prometheus-postgres-exporter", "/usr/bin")
        ?? throw new ServerMissingException("PostgreSQL exporter", "prometheus-postgres-exporter", "prometheus-postgres-exporter");

    /// <summary>The command line: /metrics on loopback.</summary>
    public static IReadOnlyList<string> Arguments(string port) => [$"--web.listen-address=127.0.0.1:{port}"];

    /// <summary>The database to watch, as the exporter takes it in <c>DATA_SOURCE_NAME</c>.</summary>
    public static string DataSourceName(int postgresPort) => $"postgresql://postgres@127.0.0.1:{postgresPort}/postgres?sslmode=disable";
}
