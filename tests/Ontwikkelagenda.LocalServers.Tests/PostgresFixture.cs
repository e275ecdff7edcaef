namespace Ontwikkelagenda.LocalServers.Tests;

public sealed class PostgresFixture() : ServerFixture<PostgresServer>(() => new PostgresServer());
