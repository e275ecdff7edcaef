using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// RabbitMQ from Debian's rabbitmq-server package, with its own epmd, node name, distribution
/// port, config and plugin files, so several brokers can run side by side and none touches the
/// system's /etc/rabbitmq or /var/lib/rabbitmq. As root it runs as the rabbitmq system user.
/// </summary>
public sealed class RabbitMqServer : LocalServer
{
    private readonly RunAs runAs = RunAs.ServerUser("rabbitmq");
    private readonly string serverScript;
    private readonly string epmdBinary;
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
        // Debian's /usr/sbin/rabbitmq-server is a wrapper that redirects output to /var/log and refuses normal users.
        serverScript = ServerBinaries.Find("rabbitmq-server", "/usr/lib/rabbitmq/bin") is { } onPath && !IsDebianWrapper(onPath)
            ? onPath
            : File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server")
                ? "/usr/lib/rabbitmq/bin/rabbitmq-server"
                : throw new ServerMissingException("RabbitMQ", "rabbitmq-server", "rabbitmq-server");
        epmdBinary = ServerBinaries.Find("epmd", "/usr/lib/erlang/bin")
            ?? throw new ServerMissingException("RabbitMQ", "epmd", "rabbitmq-server");
        this.prometheus = prometheus;
        PrometheusPort = prometheus ? FreePort.Next() : null;
    }

    /// <summary>Creates and starts a broker, waiting until it accepts an AMQP connection as guest.</summary>
    public static async Task<RabbitMqServer> StartAsync(
        string? dataDir = null, int port = 0, Action<string>? log = null, bool prometheus = false,
        CancellationToken cancellationToken = default)
    {
        var server = new RabbitMqServer(dataDir, port, log, prometheus);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>The port of the Prometheus metrics endpoint (<c>http://127.0.0.1:port/metrics</c>), when enabled.</summary>
    public int? PrometheusPort { get; }

    /// <summary>The Erlang node name; derived from the data dir, because the message store is kept per node name.</summary>
    public string NodeName => $"oa-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DataDir)))[..8]}@localhost";

    /// <summary>The port of the epmd this broker uses.</summary>
    public int EpmdPort { get; } = FreePort.Next();

    /// <summary>The Erlang distribution port (the default, AMQP port + 20000, is invalid above 45535).</summary>
    public int DistPort { get; } = FreePort.Next();

    /// <summary>The AMQP URI as MassTransit and RabbitMQ.Client take it.</summary>
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    /// <inheritdoc />
    public override string ConnectionUrl => ConnectionString;

    private string ConfigDir => Path.Combine(DataDir, "config");

    /// <inheritdoc />
    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        foreach (var dir in new[] { "home", "mnesia", "log", "config" })
        {
            Directory.CreateDirectory(Path.Combine(DataDir, dir));
        }

        // Rewritten on every start: the ports are chosen anew.
        await File.WriteAllTextAsync(Path.Combine(ConfigDir, "rabbitmq.conf"), Config(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(ConfigDir, "enabled_plugins"), prometheus ? "[rabbitmq_prometheus].\n" : "[].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(ConfigDir, "rabbitmq-env.conf"), "", cancellationToken);
        await runAs.PrepareDirAsync(DataDir, cancellationToken);

        epmd = ChildProcess.Start(new ChildProcessOptions
        {
            FileName = epmdBinary,
            Arguments = ["-port", EpmdPort.ToString(), "-address", "127.0.0.1"],
            WorkingDirectory = DataDir,
            RunAs = runAs,
            Log = Log,
        });
    }

    /// <inheritdoc />
    protected override ChildProcessOptions CreateProcess() => new()
    {
        FileName = serverScript,
        WorkingDirectory = DataDir,
        RunAs = runAs,
        Log = Log,
        Environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(DataDir, "home"),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = DistPort.ToString(),
            ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDir, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(ConfigDir, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(ConfigDir, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(ConfigDir, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(ConfigDir, "rabbitmq-env.conf"),
        },
    };

    /// <inheritdoc />
    protected override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(ConnectionString),
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
    protected override IEnumerable<int> HelperProcessIds => epmd is null ? [] : [epmd.Id];

    /// <inheritdoc />
    protected override async Task AfterStopAsync()
    {
        if (epmd is not null)
        {
            await epmd.StopAsync(TimeSpan.FromSeconds(2));
            epmd = null;
        }
    }

    private string Config() => prometheus
        ? $"prometheus.tcp.port = {PrometheusPort}\nprometheus.tcp.ip = 127.0.0.1\n"
        : "";

    private static bool IsDebianWrapper(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName.EndsWith("rabbitmq-script-wrapper", StringComparison.Ordinal) ?? false;
}
