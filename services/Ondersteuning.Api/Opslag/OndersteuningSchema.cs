using Dapper;
using Npgsql;

namespace Ondersteuning.Api.Opslag;

/// <summary>
/// Creates the service's own schema on startup. Idempotent, and serialised with an advisory lock so
/// that two instances starting together do not race.
/// </summary>
public sealed class OndersteuningSchema(NpgsqlDataSource dataSource, ILogger<OndersteuningSchema> logger) : IHostedService
{
    private const long MigrationLock = 2201_0003;

    private const string Sql = """
        CREATE SCHEMA IF NOT EXISTS ondersteuning;

        -- A trajectory, EED referral, complex case or progress report: what it is, nothing more.
        -- Its facts are the fold of its meldingen below (corrections and withdrawals included).
        CREATE TABLE IF NOT EXISTS ondersteuning.entiteiten (
            id            uuid PRIMARY KEY,
            soort         text NOT NULL,
            aangemaakt_op timestamptz NOT NULL
        );

        -- Every melding with the event it must publish: the outbox. The primary key on melding_id makes
        -- a repeated or concurrent melding a no-op.
        CREATE TABLE IF NOT EXISTS ondersteuning.meldingen (
            melding_id            uuid PRIMARY KEY,
            volgnummer            bigint GENERATED ALWAYS AS IDENTITY,
            entiteit_id           uuid NOT NULL REFERENCES ondersteuning.entiteiten (id) DEFERRABLE INITIALLY DEFERRED,
            ontvangen_op          timestamptz NOT NULL,
            corrigeert_melding_id uuid NULL,
            trekt_in_melding_id   uuid NULL,
            event_id              uuid NOT NULL UNIQUE,
            event_type            text NOT NULL,
            event_body            jsonb NOT NULL,
            gepubliceerd_op       timestamptz NULL
        );

        -- A melding is corrected or withdrawn at most once: a later one names the newest version.
        CREATE UNIQUE INDEX IF NOT EXISTS meldingen_een_correctie
            ON ondersteuning.meldingen (corrigeert_melding_id) WHERE corrigeert_melding_id IS NOT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS meldingen_een_intrekking
            ON ondersteuning.meldingen (trekt_in_melding_id) WHERE trekt_in_melding_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS meldingen_per_entiteit ON ondersteuning.meldingen (entiteit_id, volgnummer);
        CREATE INDEX IF NOT EXISTS meldingen_ongepubliceerd
            ON ondersteuning.meldingen (ontvangen_op) WHERE gepubliceerd_op IS NULL;
        """;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction);
                await connection.ExecuteAsync(Sql, transaction: transaction);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The database may still be starting next to us; the process is not ready until this succeeds.
                logger.LogWarning(exception, "Schema ondersteuning nog niet aangemaakt; nieuwe poging over 2 s");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
