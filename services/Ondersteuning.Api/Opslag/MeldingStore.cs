using Dapper;
using Npgsql;

namespace Ondersteuning.Api.Opslag;

/// <summary>
/// The intake's own record of what it accepted (schema <c>ondersteuning</c>): entities and their meldingen,
/// each written with its event before anything is published. Meldingen about an existing entity are decided
/// under the entity's row lock, so concurrent endings or corrections have exactly one winner.
/// </summary>
public sealed class MeldingStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        melding_id AS MeldingId, entiteit_id AS EntiteitId, ontvangen_op AS OntvangenOp,
        corrigeert_melding_id AS CorrigeertMeldingId, trekt_in_melding_id AS TrektInMeldingId,
        event_id AS EventId, event_type AS EventType, event_body::text AS EventBody, gepubliceerd_op AS GepubliceerdOp
        """;

    private const string Insert = """
        INSERT INTO ondersteuning.meldingen
            (melding_id, entiteit_id, ontvangen_op, corrigeert_melding_id, trekt_in_melding_id, event_id, event_type, event_body)
        VALUES (@MeldingId, @EntiteitId, @OntvangenOp, @CorrigeertMeldingId, @TrektInMeldingId, @EventId, @EventType, @EventBody::jsonb)
        ON CONFLICT (melding_id) DO NOTHING
        """;

    /// <summary>Stores a new entity with its creating melding; a repeated melding id returns the melding stored first.</summary>
    public async Task<OpgeslagenMelding> RegistreerNieuw(Entiteit entiteit, OpgeslagenMelding melding, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await connection.ExecuteAsync(Insert, melding, transaction) == 1)
        {
            await connection.ExecuteAsync(
                "INSERT INTO ondersteuning.entiteiten (id, soort, aangemaakt_op) VALUES (@Id, @Soort, @AangemaaktOp)", entiteit, transaction);
            await transaction.CommitAsync(cancellationToken);
            return melding;
        }
        await transaction.RollbackAsync(cancellationToken);
        return (await FindMelding(melding.MeldingId, cancellationToken))!;
    }

    /// <summary>
    /// Decides a melding about an existing entity under its row lock: a repeated melding id gets the earlier
    /// melding back, an unknown entity <see cref="VervolgStatus.Onbekend"/>, otherwise <paramref name="besluit"/> decides.
    /// </summary>
    public async Task<VervolgUitkomst> RegistreerVervolg(Guid entiteitId, string soort, Guid meldingId,
        Func<Historie, Besluit> besluit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var entiteit = await connection.QuerySingleOrDefaultAsync<Entiteit>(
            "SELECT id AS Id, soort AS Soort, aangemaakt_op AS AangemaaktOp FROM ondersteuning.entiteiten WHERE id = @entiteitId FOR UPDATE",
            new { entiteitId }, transaction);

        // Read after the lock: a concurrent duplicate has committed by now.
        var eerder = await connection.QuerySingleOrDefaultAsync<OpgeslagenMelding>(
            $"SELECT {Columns} FROM ondersteuning.meldingen WHERE melding_id = @meldingId", new { meldingId }, transaction);
        if (eerder is not null) return new(VervolgStatus.Herhaald, eerder);
        if (entiteit is null || entiteit.Soort != soort) return new(VervolgStatus.Onbekend);

        var meldingen = await Meldingen(connection, transaction, entiteitId);
        var besloten = besluit(new Historie(entiteit, meldingen));
        if (besloten.Melding is not { } melding) return new(VervolgStatus.Geweigerd, Besluit: besloten);

        if (await connection.ExecuteAsync(Insert, melding, transaction) == 0)
        {
            // The same melding id was used for another entity at the same moment.
            await transaction.RollbackAsync(cancellationToken);
            return new(VervolgStatus.Herhaald, await FindMelding(meldingId, cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return new(VervolgStatus.Opgeslagen, melding);
    }

    public async Task<Historie?> FindHistorie(Guid entiteitId, string soort, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var entiteit = await connection.QuerySingleOrDefaultAsync<Entiteit>(
            "SELECT id AS Id, soort AS Soort, aangemaakt_op AS AangemaaktOp FROM ondersteuning.entiteiten WHERE id = @entiteitId",
            new { entiteitId });
        if (entiteit is null || entiteit.Soort != soort) return null;
        return new Historie(entiteit, await Meldingen(connection, null, entiteitId));
    }

    public async Task<OpgeslagenMelding?> FindMelding(Guid meldingId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OpgeslagenMelding>(
            $"SELECT {Columns} FROM ondersteuning.meldingen WHERE melding_id = @meldingId", new { meldingId });
    }

    /// <summary>Meldingen stored before <paramref name="ouderDan"/> whose event the broker has not confirmed, oldest first.</summary>
    public async Task<IReadOnlyList<OpgeslagenMelding>> FindOngepubliceerd(DateTimeOffset ouderDan, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OpgeslagenMelding>(
            $"SELECT {Columns} FROM ondersteuning.meldingen WHERE gepubliceerd_op IS NULL AND ontvangen_op < @ouderDan ORDER BY volgnummer LIMIT @limit",
            new { ouderDan, limit });
        return [.. rows];
    }

    public async Task MarkeerGepubliceerd(Guid meldingId, DateTimeOffset op, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE ondersteuning.meldingen SET gepubliceerd_op = @op WHERE melding_id = @meldingId AND gepubliceerd_op IS NULL",
            new { meldingId, op });
    }

    private static async Task<IReadOnlyList<OpgeslagenMelding>> Meldingen(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid entiteitId) =>
        [.. await connection.QueryAsync<OpgeslagenMelding>(
            $"SELECT {Columns} FROM ondersteuning.meldingen WHERE entiteit_id = @entiteitId ORDER BY volgnummer", new { entiteitId }, transaction)];
}
