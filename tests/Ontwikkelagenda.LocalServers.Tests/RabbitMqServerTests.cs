using System.Text;
using RabbitMQ.Client;

namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class RabbitMqServerTests(RabbitMqFixture fixture) : IClassFixture<RabbitMqFixture>
{
    private readonly RabbitMqServer server = fixture.Server;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Accepts_an_amqp_connection_as_guest_on_the_free_port_it_was_given()
    {
        Assert.NotEqual(5672, server.Port);
        await using var connection = await Connect();
        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task Keeps_a_persistent_message_in_a_durable_queue_through_a_stop_and_start()
    {
        await using (var connection = await Connect())
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Cancel))
        {
            await channel.QueueDeclareAsync("kept", durable: true, exclusive: false, autoDelete: false, cancellationToken: Cancel);
            await channel.QueuePurgeAsync("kept", Cancel);
            await channel.BasicPublishAsync("", "kept", true, new BasicProperties { Persistent = true }, "42"u8.ToArray(), Cancel);
        }

        await server.StopAsync();
        await server.StartAsync(Cancel);

        await using var reconnected = await Connect();
        await using var reader = await reconnected.CreateChannelAsync(cancellationToken: Cancel);
        var message = await reader.BasicGetAsync("kept", autoAck: true, Cancel);
        Assert.NotNull(message);
        Assert.Equal("42", Encoding.UTF8.GetString(message.Body.Span));
    }

    [Fact]
    public async Task Serves_prometheus_metrics_on_its_own_port()
    {
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync($"http://127.0.0.1:{server.PrometheusPort}/metrics", Cancel);
        Assert.Contains("rabbitmq_", metrics);
    }

    [Fact]
    public async Task Stopping_leaves_no_process_behind_including_its_epmd()
    {
        var pid = server.Process!.Id;

        await server.StopAsync();

        Assert.False(ProcessTable.IsRunning(pid));
        Assert.Empty(ProcessTable.CommandLinesContaining(server.DataDir));
        Assert.Empty(ProcessTable.CommandLinesContaining($"-port {server.EpmdPort}"));
        await server.StartAsync(Cancel);
    }

    private Task<IConnection> Connect() =>
        new ConnectionFactory { Uri = new Uri(server.ConnectionString) }.CreateConnectionAsync(Cancel);
}
