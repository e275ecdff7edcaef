using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Ontwikkelagenda.Intake.Audit;

namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>
/// Creates the service's own schema on startup. Idempotent, and serialised with an advisory lock so
/// that two instances starting together do not race. A service's <see cref="IIntakeMigratie"/> runs in the same
/// transaction once the entities table exists and before the meldingen table is created.
/// </summary>
public sealed class IntakeSchema(NpgsqlDataSource dataSource, IntakeSchemaNaam schema, IEnumerable<IIntakeMigratie> migraties,
    ILogger<IntakeSchema> logger) : IHostedService
{
    private const long MigrationLock = 2201_0003;

    private string Entiteiten => $"""
        CREATE SCHEMA IF NOT EXISTS {schema};

        -- One row per thing the service knows (a provider, a contract, ...): its current state for GETs and decisions.
        CREATE TABLE IF NOT EXISTS {schema}.entiteiten (
            id            uuid PRIMARY KEY,
            soort         text NOT NULL,
            staat         jsonb NOT NULL,
            ingetrokken   boolean NOT NULL DEFAULT false,
            aangemaakt_op timestamptz NOT NULL,
            gewijzigd_op  timestamptz NOT NULL
        );
        """;

    private string Meldingen => $"""
        -- A melding with the answer it got and the event it must publish: the outbox.
        -- The primary key on melding_id makes a repeated or concurrent melding a no-op.
        CREATE TABLE IF NOT EXISTS {schema}.meldingen (
            melding_id        uuid PRIMARY KEY,
            entiteit_id       uuid NOT NULL,
            soort             text NOT NULL,
            ontvangen_op      timestamptz NOT NULL,
            antwoord_status   integer NOT NULL,
            antwoord_body     text NOT NULL,
            antwoord_location text NULL,
            event_id          uuid NOT NULL UNIQUE,
            event_type        text NOT NULL,
            event_body        jsonb NOT NULL,
            gepubliceerd_op   timestamptz NULL,
            gecorrigeerd_door uuid NULL,
            ingetrokken_door  uuid NULL
        );

        -- What the request asked for, so a meldingId reused with another body is refused (null: made by the service itself).
        ALTER TABLE {schema}.meldingen ADD COLUMN IF NOT EXISTS vingerafdruk text NULL;

        -- The organisation whose token sent it ("gemeente GM1730"; null: made by the service itself), so its resend still
        -- gets the answer after the melding moved the thing to another organisation.
        ALTER TABLE {schema}.meldingen ADD COLUMN IF NOT EXISTS afzender text NULL;

        CREATE INDEX IF NOT EXISTS meldingen_ongepubliceerd ON {schema}.meldingen (ontvangen_op) WHERE gepubliceerd_op IS NULL;
        CREATE INDEX IF NOT EXISTS meldingen_per_entiteit ON {schema}.meldingen (entiteit_id, ontvangen_op);
        CREATE INDEX IF NOT EXISTS entiteiten_per_soort ON {schema}.entiteiten (soort) WHERE NOT ingetrokken;
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
                await connection.ExecuteAsync(Entiteiten, transaction: transaction);
                foreach (var migratie in migraties) await connection.ExecuteAsync(migratie.Sql(schema), transaction: transaction);
                await connection.ExecuteAsync(Meldingen, transaction: transaction);
                await connection.ExecuteAsync(AuditTabel.Sql(schema), transaction: transaction);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The database may still be starting next to us; the process is not ready until this succeeds.
                logger.LogWarning(exception, "Schema {Schema} nog niet aangemaakt; nieuwe poging over 2 s", schema.Naam);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
