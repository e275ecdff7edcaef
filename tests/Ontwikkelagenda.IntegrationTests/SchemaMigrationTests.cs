using Agenda.Silo.Database;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Migration 2 on a database that version 1 filled: the routing columns become the scopes array.</summary>
public sealed class SchemaMigrationTests(ServersFixture servers)
{
    [Fact]
    public async Task EventsStoredUnderVersionOneGetTheirScopesFromTheOldRoutingColumns()
    {
        var database = $"agenda_migratie_{Guid.NewGuid().ToString("N")[..10]}";
        await servers.Postgres.EnsureDatabaseAsync(database, TestContext.Current.CancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(servers.Postgres.ConnectionString(database));
        var metSchool = Guid.NewGuid();
        var zonderSchool = Guid.NewGuid();
        var buitenRegio = Guid.NewGuid();
        var zaak = Guid.NewGuid();
        await using (var connection = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                "create schema agenda; create table agenda.schema_versies (versie int primary key, toegepast_op timestamptz not null default now());");
            await connection.ExecuteAsync(SchemaMigrations.Scripts[0]);
            await connection.ExecuteAsync("insert into agenda.schema_versies (versie) values (1)");
            await connection.ExecuteAsync(
                """
                insert into agenda.events (event_id, event_type, zaak_id, gemeente, brin, swv, payload, occurred_at, stored_at) values
                  (@metSchool, 'ThuiszitterGemeld', @zaak, 'GM0106', '19SL', 'PO2201', '{}', now(), now()),
                  (@zonderSchool, 'ThuiszitterGemeld', @zaak, 'GM1730', '99ZZ', null, '{}', now(), now()),
                  (@buitenRegio, 'ThuiszitterGemeld', @zaak, 'GM0014', null, null, '{}', now(), now())
                """, new { metSchool, zonderSchool, buitenRegio, zaak });
        }

        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).Migrate(TestContext.Current.CancellationToken);

        await using var check = await dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        async Task<string[]> ScopesOf(Guid id) =>
            (await check.ExecuteScalarAsync<string[]>("select scopes from agenda.events where event_id = @id", new { id }))!.Order().ToArray();
        Assert.Equal(["gemeente:GM0106", "regio:22.01", "school:19SL", "swv:PO2201"], await ScopesOf(metSchool));
        Assert.Equal(["gemeente:GM1730", "regio:22.01"], await ScopesOf(zonderSchool));
        Assert.Equal(["gemeente:GM0014"], await ScopesOf(buitenRegio));
        Assert.Equal(3, await check.ExecuteScalarAsync<int>("select count(*) from agenda.events where entiteit_id = @zaak", new { zaak }));
        // Every later migration ran too.
        Assert.Equal(SchemaMigrations.Scripts.Count, await check.ExecuteScalarAsync<int>("select max(versie) from agenda.schema_versies"));
        Assert.False(await check.ExecuteScalarAsync<bool>(
            "select exists (select 1 from information_schema.columns where table_schema = 'agenda' and table_name = 'events' and column_name in ('gemeente', 'brin', 'swv', 'zaak_id'))"));
    }
}
