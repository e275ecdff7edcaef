using Dapper;
using Npgsql;

namespace Agenda.Silo.Database;

/// <summary>Applies the <see cref="SchemaMigrations"/> not yet applied, under an advisory lock, in one transaction.</summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    public async Task Migrate(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The lock comes first: even "create schema if not exists" races when two silos run it at once.
        await connection.ExecuteAsync("select pg_advisory_xact_lock(@key)", new { key = AdvisoryLocks.Schema }, transaction);
        await connection.ExecuteAsync(
            """
            create schema if not exists agenda;
            create table if not exists agenda.schema_versies (versie int primary key, toegepast_op timestamptz not null default now());
            """, transaction: transaction);

        var current = await connection.ExecuteScalarAsync<int>("select coalesce(max(versie), 0) from agenda.schema_versies", transaction: transaction);
        for (var versie = current + 1; versie <= SchemaMigrations.Scripts.Count; versie++)
        {
            await connection.ExecuteAsync(SchemaMigrations.Scripts[versie - 1], transaction: transaction);
            await connection.ExecuteAsync("insert into agenda.schema_versies (versie) values (@versie)", new { versie }, transaction);
            logger.LogInformation("Schema agenda bijgewerkt naar versie {Versie}", versie);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
