using MassTransit;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>A publisher on the real broker, standing in for an intake service.</summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestBus(IBusControl bus) => _bus = bus;

    public static async Task<TestBus> StartAsync(string rabbitMqConnectionString)
    {
        var uri = new Uri(rabbitMqConnectionString);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(uri.Host, (ushort)uri.Port, "/", host =>
        {
            host.Username("guest");
            host.Password("guest");
        }));
        await bus.StartAsync(TestContext.Current.CancellationToken);
        return new TestBus(bus);
    }

    public Task Publish<T>(T message) where T : class => _bus.Publish(message, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
