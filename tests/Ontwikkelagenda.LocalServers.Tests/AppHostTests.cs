using System.Net;
using System.Net.Sockets;
using System.Globalization;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class AppHostTests
{
    [Fact]
    public async Task A_taken_web_port_exits_non_zero_with_one_sentence_and_no_stack_trace()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var taken = ((IPEndPoint)listener.LocalEndpoint).Port;
        var scratch = Directory.CreateTempSubdirectory("ontwikkelagenda-apphost-test-");

        var (exitCode, output) = await AppHostRun.RunAsync(
            ["--web-port", taken.ToString(CultureInfo.InvariantCulture), "--data-dir", Path.Combine(scratch.FullName, "data"),
             "--endpoints-file", Path.Combine(scratch.FullName, "endpoints.json")],
            TestContext.Current.CancellationToken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Port {taken} is already in use: stop the program using it or start with --web-port <port>.", output);
        Assert.DoesNotContain("   at ", output);
        Assert.False(File.Exists(Path.Combine(scratch.FullName, "endpoints.json")));
        scratch.Delete(recursive: true);
    }

    [Fact]
    public async Task An_unknown_option_exits_non_zero_with_one_sentence()
    {
        var (exitCode, output) = await AppHostRun.RunAsync(["--bogus"], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("Unknown option '--bogus': see ./run.sh --help.", output);
        Assert.DoesNotContain("   at ", output);
    }
}
