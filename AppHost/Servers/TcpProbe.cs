using System.Net.Sockets;

namespace Ontwikkelagenda.AppHost.Servers;

/// <summary>Whether something accepts TCP connections on a loopback port.</summary>
public static class TcpProbe
{
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
