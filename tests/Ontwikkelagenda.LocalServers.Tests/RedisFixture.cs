namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class RedisFixture() : ServerFixture<RedisServer>(() => new RedisServer());
