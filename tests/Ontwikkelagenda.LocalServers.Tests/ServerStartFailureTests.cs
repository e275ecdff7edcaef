using System.Net;
using System.Net.Sockets;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class ServerStartFailureTests
{
    [Fact]
    public async Task A_data_dir_holding_other_files_fails_with_initdb_output_in_the_message()
    {
        var dataDir = Directory.CreateTempSubdirectory("ontwikkelagenda-foreign-").FullName;
        await File.WriteAllTextAsync(Path.Combine(dataDir, "not-a-cluster.txt"), "x", TestContext.Current.CancellationToken);
        await using var server = new PostgresServer(dataDir);

        var error = await Assert.ThrowsAsync<ServerStartException>(() => server.StartAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("initdb failed with exit code 1.", error.Message);
        Assert.Contains("exists but is not empty", error.Message);
        Directory.Delete(dataDir, recursive: true);
    }

    [Fact]
    public void A_taken_server_port_throws_one_sentence_naming_the_port()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var taken = ((IPEndPoint)listener.LocalEndpoint).Port;

        var error = Assert.Throws<PortInUseException>(() => new RedisServer(port: taken));

        Assert.Equal($"Port {taken} is already in use: stop the program using it or choose another Redis port.", error.Message);
    }
}
