using System.Net;
using System.Net.Sockets;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Resolve_of_a_taken_port_throws_one_sentence_naming_the_port()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var taken = ((IPEndPoint)listener.LocalEndpoint).Port;

        var error = Assert.Throws<PortInUseException>(() => FreePort.Resolve(taken, "choose another port"));

        Assert.Equal($"Port {taken} is already in use: stop the program using it or choose another port.", error.Message);
    }

    [Fact]
    public void Next_returns_a_port_that_can_be_bound()
    {
        var port = FreePort.Next();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Assert.True(port > 0);
    }
}
