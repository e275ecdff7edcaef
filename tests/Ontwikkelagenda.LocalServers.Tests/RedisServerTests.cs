namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class RedisServerTests(RedisFixture fixture) : IClassFixture<RedisFixture>
{
    private readonly RedisServer server = fixture.Server;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_ping_on_the_free_port_it_was_given()
    {
        Assert.NotEqual(6379, server.Port);
        Assert.Equal($"127.0.0.1:{server.Port}", server.ConnectionString);
        Assert.Equal("+PONG\r\n", await RedisClient.SendAsync(server.Port, "PING", Cancel));
    }

    [Fact]
    public async Task Keeps_a_key_through_a_stop_and_start_on_the_same_data_dir()
    {
        Assert.Equal("+OK\r\n", await RedisClient.SendAsync(server.Port, "SET kept 42", Cancel));

        await server.StopAsync();
        await server.StartAsync(Cancel);

        Assert.Equal("$2\r\n42\r\n", await RedisClient.SendAsync(server.Port, "GET kept", Cancel));
    }

    [Fact]
    public async Task Stopping_leaves_no_process_behind()
    {
        var pid = server.Process!.Id;

        await server.StopAsync();

        Assert.False(ProcessTable.IsRunning(pid));
        Assert.Empty(ProcessTable.CommandLinesContaining(server.DataDir));
        await server.StartAsync(Cancel);
    }
}
