using Agenda.Silo.EventStore;
using Agenda.Silo.Hosting;
using Npgsql;

namespace Agenda.Silo.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// PostgreSQL (schema <c>agenda</c>): the event store and the reference-data tables, migrated and
    /// seeded at start-up, plus the readiness checks for PostgreSQL and Redis.
    /// </summary>
    public static TBuilder AddAgendaDatabase<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var agendaDb = builder.Configuration.Required(ConnectionNames.AgendaDb);
        var redis = builder.Configuration.Required(ConnectionNames.Redis);

        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(agendaDb));
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<ReferentiedataSeeder>();
        builder.Services.AddSingleton<IEventStore, PostgresEventStore>();
        builder.Services.AddHostedService<AgendaDatabaseInitializer>();

        builder.Services.AddHealthChecks()
            .AddNpgSql(agendaDb, name: "postgresql", tags: ["ready"])
            .AddRedis(redis, name: "redis", tags: ["ready"]);
        return builder;
    }
}
