using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;
using System.Globalization;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// RabbitMQ from Debian's rabbitmq-server package, with its own epmd, node name, distribution
/// port, config and plugin files, so several brokers can run side by side and none touches the
/// system's /etc/rabbitmq or /var/lib/rabbitmq. As root it runs as the rabbitmq system user.
/// The static members are what AppHost runs too, so a test fixture and the whole system start
/// RabbitMQ the same way.
/// </summary>
public sealed class RabbitMqServer : LocalServer
{
    private readonly (string Server, string Epmd) binaries;
    private readonly bool prometheus;
    private ChildProcess? epmd;

    /// <summary>Prepares a broker; <see cref="LocalServer.StartAsync"/> starts it.</summary>
    /// <param name="dataDir">Folder for its message store, config and Erlang cookie; null for a temporary one.</param>
    /// <param name="port">AMQP port; 0 for a free one.</param>
    /// <param name="log">Receives every output line of the broker.</param>
    /// <param name="prometheus">
    /// Enables the rabbitmq_prometheus plugin on <see cref="PrometheusPort"/>. It adds about
    /// 5 seconds to a clean stop (the management agent it needs stops slowly).
    /// </param>
    public RabbitMqServer(string? dataDir = null, int port = 0, Action<string>? log = null, bool prometheus = false)
        : base("RabbitMQ", dataDir, port, log)
    {
        binaries = FindBinaries();
        this.prometheus = prometheus;
        PrometheusPort = prometheus ? FreePort.Next() : null;
    }

    /// <summary>
    /// Creates and starts a broker, waiting until it accepts an AMQP connection as guest. With ports it chose itself
    /// (<paramref name="port"/> 0) it tries fresh ones when a port was taken before the broker bound it: a free port
    /// comes from the range outgoing connections use too, and the Erlang VM takes seconds to reach its listeners.
    /// </summary>
    public static async Task<RabbitMqServer> StartAsync(
        string? dataDir = null, int port = 0, Action<string>? log = null, bool prometheus = false,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = new RabbitMqServer(dataDir, port, log, prometheus);
            try
            {
                await server.StartAsync(cancellationToken);
                return server;
            }
            catch (ServerStartException error) when (port == 0 && attempt < PortAttempts && IsPortTaken(error))
            {
                await server.DisposeAsync();
            }
        }
    }

    private const int PortAttempts = 3;

    private static bool IsPortTaken(ServerStartException error) =>
        error.LastOutput.Any(line => line.Contains("eaddrinuse", StringComparison.Ordinal));

    /// <summary>Who RabbitMQ and its epmd run as: the rabbitmq system user when started as root.</summary>
    public static RunAs User { get; } = RunAs.ServerUser("rabbitmq");

    /// <summary>The port of the Prometheus metrics endpoint (<c>http://127.0.0.1:port/metrics</c>), when enabled.</summary>
    public int? PrometheusPort { get; }

    /// <summary>The port of the epmd this broker uses.</summary>
    public int EpmdPort { get; } = FreePort.Next();

    /// <summary>The Erlang distribution port (the default, AMQP port + 20000, is invalid above 45535).</summary>
    public int DistPort { get; } = FreePort.Next();

    /// <summary>The AMQP URI as MassTransit and RabbitMQ.Client take it.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <inheritdoc />
    public override string ConnectionUrl => ConnectionString;

    /// <summary>The AMQP URI of a broker on 127.0.0.1:<paramref name="port"/>, as guest.</summary>
    public static string ConnectionStringFor(int port) => $"amqp://guest:guest@127.0.0.1:{port}/";

    /// <summary>The broker's start script and epmd, or <see cref="ServerMissingException"/>.</summary>
    public static (string Server, string Epmd) FindBinaries()
    {
        // Debian's /usr/sbin/rabbitmq-server is a wrapper that redirects output to /var/log and refuses normal users.
        var server = ServerBinaries.Find("rabbitmq-server", "/usr/lib/rabbitmq/bin") is { } onPath && !IsDebianWrapper(onPath)
            ? onPath
            : File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server")
                ? "/usr/lib/rabbitmq/bin/rabbitmq-server"
                : throw new ServerMissingException("RabbitMQ", "rabbitmq-server", "rabbitmq-server");
        var epmd = ServerBinaries.Find("epmd", "/usr/lib/erlang/bin")
            ?? throw new ServerMissingException("RabbitMQ", "epmd", "rabbitmq-server");
        return (server, epmd);
    }

    /// <summary>Creates the broker's folders and config files in <paramref name="dataDir"/> and hands them to its user.</summary>
    public static async Task PrepareDataDirAsync(string dataDir, bool prometheus, CancellationToken cancellationToken)
    {
        foreach (var dir in new[] { "home", "mnesia", "log", "config" })
        {
            Directory.CreateDirectory(Path.Combine(dataDir, dir));
        }

        var config = Path.Combine(dataDir, "config");
        await File.WriteAllTextAsync(Path.Combine(config, "rabbitmq.conf"), "", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "enabled_plugins"), prometheus ? "[rabbitmq_prometheus].\n" : "[].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(config, "rabbitmq-env.conf"), "", cancellationToken);
        await User.PrepareDirAsync(dataDir, cancellationToken);
    }

    /// <summary>The command line of the broker's own epmd, on loopback.</summary>
    public static IReadOnlyList<string> EpmdArguments(string epmdPort) => ["-port", epmdPort, "-address", "127.0.0.1"];

    /// <summary>
    /// The broker's environment: its node name (derived from the data dir, because the message store is
    /// kept per node name), ports, folders and config files, all inside <paramref name="dataDir"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(
        string dataDir, string amqpPort, string distPort, string epmdPort, string? prometheusPort)
    {
        var config = Path.Combine(dataDir, "config");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(dataDir, "home"),
            ["RABBITMQ_NODENAME"] = NodeNameFor(dataDir),
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqpPort,
            ["RABBITMQ_DIST_PORT"] = distPort,
            ["ERL_EPMD_PORT"] = epmdPort,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataDir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(dataDir, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(config, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(config, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(config, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(config, "rabbitmq-env.conf"),
        };
        if (prometheusPort is not null)
        {
            // An application setting on erl's command line, so no config file needs the port (AppHost knows it only at launch).
            environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = $"-rabbitmq_prometheus tcp_config [{{port,{prometheusPort}}},{{ip,\"127.0.0.1\"}}]";
        }

        return environment;
    }

    /// <summary>The Erlang node name of the broker keeping its data in <paramref name="dataDir"/>.</summary>
    public static string NodeNameFor(string dataDir) =>
        $"oa-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDir))))[..8]}@localhost";

    /// <summary>True once the broker accepts an AMQP connection.</summary>
    public static async Task<bool> IsHealthyAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync("ontwikkelagenda-health", cancellationToken);
            await connection.CloseAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await PrepareDataDirAsync(DataDir, prometheus, cancellationToken);
        epmd = ChildProcess.Start(new ChildProcessOptions
        {
            FileName = binaries.Epmd,
            Arguments = EpmdArguments(EpmdPort.ToString(CultureInfo.InvariantCulture)),
            WorkingDirectory = DataDir,
            RunAs = User,
            Log = Log,
        });
    }

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = binaries.Server,
        WorkingDirectory = DataDir,
        RunAs = User,
        Log = Log,
        Environment = Environment(DataDir, Port.ToString(CultureInfo.InvariantCulture), DistPort.ToString(CultureInfo.InvariantCulture), EpmdPort.ToString(CultureInfo.InvariantCulture), PrometheusPort?.ToString(CultureInfo.InvariantCulture)),
    };

    /// <inheritdoc />
    protected override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => IsHealthyAsync(ConnectionString, cancellationToken);

    /// <inheritdoc />
    protected override async Task AfterStopAsync()
    {
        if (epmd is not null)
        {
            await epmd.StopAsync(TimeSpan.FromSeconds(2));
            epmd = null;
        }
    }

    private static bool IsDebianWrapper(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName.EndsWith("rabbitmq-script-wrapper", StringComparison.Ordinal) ?? false;
}
