namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class RabbitMqFixture() : ServerFixture<RabbitMqServer>(() => new RabbitMqServer(prometheus: true));
