using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Ontwikkelagenda.LocalServers;

/// <summary>
/// Redis from Debian's redis-server package with an append-only file, so every write survives a
/// restart (no RDB snapshots). Runs as the current user. The static members are what AppHost runs
/// too, so a test fixture and the whole system start Redis the same way.
/// </summary>
public sealed class RedisServer : LocalServer
{
    private readonly string binary;

    /// <summary>Prepares a server; <see cref="LocalServer.StartAsync"/> starts it.</summary>
    /// <param name="dataDir">Folder for its append-only file; null for a temporary one.</param>
    /// <param name="port">Port to listen on; 0 for a free one.</param>
    /// <param name="log">Receives every output line of redis-server.</param>
    public RedisServer(string? dataDir = null, int port = 0, Action<string>? log = null)
        : base("Redis", dataDir, port, log)
    {
        binary = FindBinary();
    }

    /// <summary>Creates and starts a server, waiting until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(
        string? dataDir = null, int port = 0, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var server = new RedisServer(dataDir, port, log);
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>A StackExchange.Redis configuration string: <c>127.0.0.1:port</c>.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <inheritdoc />
    public override string ConnectionUrl => $"redis://127.0.0.1:{Port}";

    /// <summary>redis-server, or <see cref="ServerMissingException"/>.</summary>
    public static string FindBinary() =>
        ServerBinaries.Find("redis-server") ?? throw new ServerMissingException("Redis", "redis-server", "redis-server");

    /// <summary>The command line: loopback only, append-only file in <paramref name="dataDir"/>, in the foreground.</summary>
    public static IReadOnlyList<string> Arguments(string dataDir, string port) =>
    [
        "--port", port, "--bind", "127.0.0.1", "--dir", dataDir,
        "--appendonly", "yes", "--save", "", "--daemonize", "no",
    ];

    /// <summary>A StackExchange.Redis configuration string.</summary>
    public static string ConnectionStringFor(int port) => $"127.0.0.1:{port}";

    /// <summary>True once Redis answers PING with PONG (while it loads its append-only file it answers "-LOADING").</summary>
    public static async Task<bool> IsHealthyAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

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
        Arguments = Arguments(DataDir, Port.ToString(CultureInfo.InvariantCulture)),
        WorkingDirectory = DataDir,
        Log = Log,
    };

    /// <inheritdoc />
    protected override Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => IsHealthyAsync(Port, cancellationToken);
}
