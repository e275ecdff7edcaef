using System.Text.RegularExpressions;
using Npgsql;
using System.Globalization;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// PostgreSQL from Debian's postgresql package, trusting local connections as user postgres.
/// As root it runs as the postgres system user (initdb refuses root). The static members are what
/// AppHost runs too, so a test fixture and the whole system start PostgreSQL the same way.
/// </summary>
public sealed partial class PostgresServer : LocalServer
{
    private readonly (string Initdb, string Postgres) binaries;

    /// <summary>Prepares a server; <see cref="LocalServer.StartAsync"/> starts it.</summary>
    /// <param name="dataDir">Its data directory (initdb runs when it holds no cluster yet); null for a temporary one.</param>
    /// <param name="port">Port to listen on; 0 for a free one.</param>
    /// <param name="log">Receives every output line of initdb and postgres.</param>
    public PostgresServer(string? dataDir = null, int port = 0, Action<string>? log = null)
        : base("PostgreSQL", dataDir, port, log)
    {
        binaries = FindBinaries();
    }

    /// <summary>Creates and starts a server, waiting until it accepts connections.</summary>
    public static async Task<PostgresServer> StartAsync(
        string? dataDir = null, int port = 0, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var server = new PostgresServer(dataDir, port, log);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>Who PostgreSQL runs as: the postgres system user when started as root.</summary>
    public static RunAs User { get; } = RunAs.ServerUser("postgres");

    /// <inheritdoc />
    public override string ConnectionUrl => $"postgresql://postgres@127.0.0.1:{Port}";

    /// <summary>An Npgsql connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") => ConnectionStringFor(Port, database);

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        EnsureDatabaseAsync(ConnectionString(), database, cancellationToken);

    /// <summary>An Npgsql connection string for <paramref name="database"/> on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port, string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database}";

    /// <summary>initdb and postgres of the newest PostgreSQL installed, or <see cref="ServerMissingException"/>.</summary>
    public static (string Initdb, string Postgres) FindBinaries()
    {
        foreach (var dir in ServerBinaries.PostgresBinDirs())
        {
            var initdb = Path.Combine(dir, "initdb");
            var postgres = Path.Combine(dir, "postgres");
            if (File.Exists(initdb) && File.Exists(postgres))
            {
                return (initdb, postgres);
            }
        }

        var initdbOnPath = ServerBinaries.Find("initdb");
        var postgresOnPath = ServerBinaries.Find("postgres");
        return initdbOnPath is not null && postgresOnPath is not null
            ? (initdbOnPath, postgresOnPath)
            : throw new ServerMissingException("PostgreSQL", "postgres and initdb", "postgresql");
    }

    /// <summary>Hands <paramref name="dataDir"/> to the server's user and runs initdb when it holds no cluster yet.</summary>
    public static async Task InitializeDataDirAsync(string dataDir, Action<string>? log, CancellationToken cancellationToken)
    {
        await User.PrepareDirAsync(dataDir, cancellationToken);
        if (File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            return;
        }

        await RunToCompletionAsync(new ChildProcessOptions
        {
            FileName = FindBinaries().Initdb,
            Arguments = ["-D", dataDir, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"],
            WorkingDirectory = dataDir,
            RunAs = User,
            Log = log,
        }, "initdb", cancellationToken);
    }

    /// <summary>The postgres command line: loopback only, its Unix socket in the data dir when the path is short enough.</summary>
    public static IReadOnlyList<string> Arguments(string dataDir, string port) =>
    [
        "-D", dataDir, "-p", port, "-h", "127.0.0.1", "-k", SocketDir(dataDir),
        "-c", "max_connections=200",
    ];

    /// <summary>True once PostgreSQL answers <c>SELECT 1</c>.</summary>
    public static async Task<bool> IsHealthyAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false;Timeout=3");
            await connection.OpenAsync(cancellationToken);
            await using var select = new NpgsqlCommand("SELECT 1", connection);
            return await select.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Creates <paramref name="database"/> on the server of <paramref name="serverConnectionString"/> unless it exists.</summary>
    public static async Task EnsureDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken = default)
    {
        if (!DatabaseName().IsMatch(database))
        {
            throw new ArgumentException($"'{database}' is not a plain database name (lower case letters, digits, underscores).", nameof(database));
        }

        await using var connection = new NpgsqlConnection(serverConnectionString + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // SIGTERM waits for every client to disconnect (pooled connections never do); SIGINT is the clean "fast" shutdown.
    /// <inheritdoc />
    protected override int StopSignal => NativeMethods.SigInt;

    /// <inheritdoc />
    protected override Task PrepareAsync(CancellationToken cancellationToken) =>
        InitializeDataDirAsync(DataDir, Log, cancellationToken);

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = binaries.Postgres,
        Arguments = Arguments(DataDir, Port.ToString(CultureInfo.InvariantCulture)),
        WorkingDirectory = DataDir,
        RunAs = User,
        Log = Log,
    };

    /// <inheritdoc />
    protected override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        IsHealthyAsync(ConnectionString(), cancellationToken);

    // The Unix socket lives in the data dir (not /var/run/postgresql, which a normal user cannot write);
    // a socket path longer than 107 bytes is refused, so a deep data dir gets TCP only.
    private static string SocketDir(string dataDir) => dataDir.Length + ".s.PGSQL.65535".Length + 1 < 100 ? dataDir : "";

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DatabaseName();
}
