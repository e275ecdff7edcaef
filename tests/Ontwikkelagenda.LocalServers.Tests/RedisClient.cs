using System.Net.Sockets;
using System.Text;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>Sends one inline Redis command and returns the raw reply (enough for SET/GET/PING in tests).</summary>
internal static class RedisClient
{
    public static async Task<string> SendAsync(int port, string command, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), cancellationToken);
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}
