using System.Net;
using System.Net.Sockets;

namespace Ontwikkelagenda.LocalServers;

/// <summary>Finds TCP ports on 127.0.0.1 that nothing listens on.</summary>
public static class FreePort
{
    /// <summary>A port the operating system just handed out as free (bind to 127.0.0.1:0, then release it).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>True when a listener can be bound to 127.0.0.1:<paramref name="port"/> right now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Returns <paramref name="port"/>, or a free port when it is 0; throws <see cref="PortInUseException"/> when it is taken.</summary>
    public static int Resolve(int port, string howToChoose)
    {
        if (port == 0)
        {
            return Next();
        }

        return IsFree(port) ? port : throw new PortInUseException(port, howToChoose);
    }
}
