using Dapper;
using Npgsql;

namespace Leerplicht.Api.Opslag;

/// <summary>
/// The intake's memory in schema <c>leerplicht</c>: cases and the meldingen that created or closed
/// them, each written in one transaction together with the event still to publish.
/// </summary>
public sealed class MeldingStore(NpgsqlDataSource dataSource)
{
    private const string MeldingColumns = """
        melding_id AS MeldingId, soort AS Soort, zaak_id AS ZaakId, ontvangen_op AS OntvangenOp,
        antwoord_status AS AntwoordStatus, antwoord_body AS AntwoordBody, antwoord_location AS AntwoordLocation,
        event_id AS EventId, event_type AS EventType, event_body::text AS EventBody, gepubliceerd_op AS GepubliceerdOp
        """;

    private const string ZaakColumns = """
        id AS Id, casus_referentie AS CasusReferentie, gemeente AS Gemeente, brin AS Brin,
        soort_verzuim AS SoortVerzuim, startdatum AS Startdatum, einddatum AS Einddatum,
        uitkomst AS Uitkomst, gemeld_op AS GemeldOp
        """;

    /// <summary>
    /// Stores a new case with its melding, or, when the melding id is known (a repeat, also a
    /// concurrent one), stores nothing and returns the melding stored earlier.
    /// </summary>
    public async Task<OpgeslagenMelding> RegistreerMelding(Zaak zaak, OpgeslagenMelding melding, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The primary key decides between concurrent duplicates: the loser waits for the winner's commit, then inserts nothing.
        var inserted = await InsertMelding(connection, transaction, melding);
        if (!inserted)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (await FindMelding(connection, null, melding.MeldingId))!;
        }

        await connection.ExecuteAsync("""
            INSERT INTO leerplicht.zaken (id, casus_referentie, gemeente, brin, soort_verzuim, startdatum, einddatum, uitkomst, gemeld_op)
            VALUES (@Id, @CasusReferentie, @Gemeente, @Brin, @SoortVerzuim, @Startdatum, NULL, NULL, @GemeldOp)
            """, zaak, transaction);
        await transaction.CommitAsync(cancellationToken);
        return melding;
    }

    /// <summary>
    /// Closes a case under a row lock, so two closings cannot both win. A known melding id returns
    /// the melding stored earlier; <paramref name="create"/> builds the new one from the locked case.
    /// </summary>
    public async Task<BeeindigingResultaat> RegistreerBeeindiging(
        Guid zaakId, Guid meldingId, DateOnly einddatum, string uitkomst, Func<Zaak, OpgeslagenMelding> create, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var zaak = await connection.QuerySingleOrDefaultAsync<Zaak>(
            $"SELECT {ZaakColumns} FROM leerplicht.zaken WHERE id = @zaakId FOR UPDATE", new { zaakId }, transaction);

        // Checked after the lock: a concurrent repeat of this melding has committed by now.
        var bekend = await FindMelding(connection, transaction, meldingId);
        if (bekend is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            return new BeeindigingResultaat(BeeindigingStatus.Vastgelegd, bekend, zaak);
        }
        if (zaak is null) return new BeeindigingResultaat(BeeindigingStatus.ZaakOnbekend);
        if (zaak.Einddatum is not null) return new BeeindigingResultaat(BeeindigingStatus.AlBeeindigd, Zaak: zaak);

        var melding = create(zaak);
        await connection.ExecuteAsync(
            "UPDATE leerplicht.zaken SET einddatum = @einddatum, uitkomst = @uitkomst WHERE id = @zaakId",
            new { einddatum, uitkomst, zaakId }, transaction);
        await InsertMelding(connection, transaction, melding);
        await transaction.CommitAsync(cancellationToken);
        return new BeeindigingResultaat(BeeindigingStatus.Vastgelegd, melding, zaak with { Einddatum = einddatum, Uitkomst = uitkomst });
    }

    public async Task<Zaak?> FindZaak(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Zaak>($"SELECT {ZaakColumns} FROM leerplicht.zaken WHERE id = @id", new { id });
    }

    /// <summary>Events stored but not confirmed by the broker, oldest first so a case's closing follows its report.</summary>
    public async Task<IReadOnlyList<OpgeslagenMelding>> FindOngepubliceerd(DateTimeOffset ontvangenVoor, int max, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OpgeslagenMelding>(new CommandDefinition(
            $"SELECT {MeldingColumns} FROM leerplicht.meldingen WHERE gepubliceerd_op IS NULL AND ontvangen_op < @ontvangenVoor ORDER BY ontvangen_op LIMIT @max",
            new { ontvangenVoor, max }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task MarkeerGepubliceerd(Guid meldingId, DateTimeOffset op, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE leerplicht.meldingen SET gepubliceerd_op = @op WHERE melding_id = @meldingId AND gepubliceerd_op IS NULL",
            new { meldingId, op }, cancellationToken: cancellationToken));
    }

    private static async Task<bool> InsertMelding(NpgsqlConnection connection, NpgsqlTransaction transaction, OpgeslagenMelding melding) =>
        await connection.ExecuteAsync("""
            INSERT INTO leerplicht.meldingen (melding_id, soort, zaak_id, ontvangen_op, antwoord_status, antwoord_body,
                antwoord_location, event_id, event_type, event_body, gepubliceerd_op)
            VALUES (@MeldingId, @Soort, @ZaakId, @OntvangenOp, @AntwoordStatus, @AntwoordBody,
                @AntwoordLocation, @EventId, @EventType, @EventBody::jsonb, NULL)
            ON CONFLICT (melding_id) DO NOTHING
            """, melding, transaction) == 1;

    private static Task<OpgeslagenMelding?> FindMelding(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid meldingId) =>
        connection.QuerySingleOrDefaultAsync<OpgeslagenMelding>(
            $"SELECT {MeldingColumns} FROM leerplicht.meldingen WHERE melding_id = @meldingId", new { meldingId }, transaction);
}
