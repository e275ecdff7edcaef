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
        event_id AS EventId, event_type AS EventType, event_body::text AS EventBody, gepubliceerd_op AS GepubliceerdOp,
        corrigeert_melding_id AS CorrigeertMeldingId, trekt_in_melding_id AS TrektInMeldingId
        """;

    private const string ZaakColumns = """
        id AS Id, casus_referentie AS CasusReferentie, gemeente AS Gemeente, brin AS Brin,
        soort_verzuim AS SoortVerzuim, startdatum AS Startdatum, einddatum AS Einddatum,
        uitkomst AS Uitkomst, gemeld_op AS GemeldOp, ingetrokken_op AS IngetrokkenOp
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
        if (zaak.IngetrokkenOp is not null) return new BeeindigingResultaat(BeeindigingStatus.Ingetrokken, Zaak: zaak);
        if (zaak.Einddatum is not null) return new BeeindigingResultaat(BeeindigingStatus.AlBeeindigd, Zaak: zaak);

        var melding = create(zaak);
        await connection.ExecuteAsync(
            "UPDATE leerplicht.zaken SET einddatum = @einddatum, uitkomst = @uitkomst WHERE id = @zaakId",
            new { einddatum, uitkomst, zaakId }, transaction);
        await InsertMelding(connection, transaction, melding);
        await transaction.CommitAsync(cancellationToken);
        return new BeeindigingResultaat(BeeindigingStatus.Vastgelegd, melding, zaak with { Einddatum = einddatum, Uitkomst = uitkomst });
    }

    /// <summary>
    /// A correction, withdrawal or transfer: under the case's row lock, <paramref name="decide"/> sees the case and
    /// all its meldingen and returns the new melding with the case as it becomes, or a conflict. A known melding id
    /// returns the melding stored earlier.
    /// </summary>
    public async Task<VervolgResultaat> RegistreerVervolg(
        Guid zaakId, Guid meldingId, Func<Zaak, IReadOnlyList<OpgeslagenMelding>, VervolgBesluit> decide, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var zaak = await connection.QuerySingleOrDefaultAsync<Zaak>(
            $"SELECT {ZaakColumns} FROM leerplicht.zaken WHERE id = @zaakId FOR UPDATE", new { zaakId }, transaction);
        var bekend = await FindMelding(connection, transaction, meldingId);
        if (bekend is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            return new VervolgResultaat(bekend, null);
        }
        if (zaak is null) return new VervolgResultaat(null, null, ZaakOnbekend: true);

        var besluit = decide(zaak, await FindMeldingen(connection, transaction, zaakId));
        if (besluit.Conflict is not null) return new VervolgResultaat(null, besluit.Conflict);

        await connection.ExecuteAsync("""
            UPDATE leerplicht.zaken SET casus_referentie = @CasusReferentie, gemeente = @Gemeente, brin = @Brin,
                soort_verzuim = @SoortVerzuim, startdatum = @Startdatum, einddatum = @Einddatum, uitkomst = @Uitkomst,
                ingetrokken_op = @IngetrokkenOp
            WHERE id = @Id
            """, besluit.Zaak, transaction);
        await InsertMelding(connection, transaction, besluit.Melding!);
        await transaction.CommitAsync(cancellationToken);
        return new VervolgResultaat(besluit.Melding, null);
    }

    /// <summary>Every melding of a case, in the order received.</summary>
    public async Task<IReadOnlyList<OpgeslagenMelding>> FindMeldingen(Guid zaakId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindMeldingen(connection, null, zaakId);
    }

    /// <summary>The open, not withdrawn cases of a municipality at <paramref name="peildatum"/> (the case's current municipality).</summary>
    public async Task<IReadOnlyList<Zaak>> FindOpenZaken(string gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Zaak>(new CommandDefinition($"""
            SELECT {ZaakColumns} FROM leerplicht.zaken
            WHERE gemeente = @gemeente AND ingetrokken_op IS NULL AND startdatum <= @peildatum
              AND (einddatum IS NULL OR einddatum > @peildatum)
            """, new { gemeente, peildatum }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Cases without a deadline melding whose three months ended before <paramref name="vandaag"/> and that were still
    /// open on their termijndatum (PostgreSQL adds months as .NET does: 31 January + 3 months = 30 April).
    /// </summary>
    public async Task<IReadOnlyList<Guid>> FindTermijnKandidaten(DateOnly vandaag, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Guid>(new CommandDefinition("""
            SELECT z.id FROM leerplicht.zaken z
            WHERE z.ingetrokken_op IS NULL
              AND (z.startdatum + interval '3 months')::date < @vandaag
              AND (z.einddatum IS NULL OR z.einddatum > (z.startdatum + interval '3 months')::date + 1)
              AND NOT EXISTS (SELECT 1 FROM leerplicht.meldingen m WHERE m.zaak_id = z.id AND m.soort = 'termijn-overschreden')
            ORDER BY z.startdatum
            """, new { vandaag }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Stores the deadline melding of a case under its row lock when <paramref name="create"/> still wants one; the unique
    /// index makes a second one (another replica, a restart) a no-op. Null when nothing was stored.
    /// </summary>
    public async Task<OpgeslagenMelding?> RegistreerTermijn(Guid zaakId, Func<Zaak, OpgeslagenMelding?> create, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var zaak = await connection.QuerySingleOrDefaultAsync<Zaak>(
            $"SELECT {ZaakColumns} FROM leerplicht.zaken WHERE id = @zaakId FOR UPDATE", new { zaakId }, transaction);
        if (zaak is null || create(zaak) is not { } melding) return null;
        var inserted = await InsertMelding(connection, transaction, melding);
        await transaction.CommitAsync(cancellationToken);
        return inserted ? melding : null;
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
                antwoord_location, event_id, event_type, event_body, gepubliceerd_op, corrigeert_melding_id, trekt_in_melding_id)
            VALUES (@MeldingId, @Soort, @ZaakId, @OntvangenOp, @AntwoordStatus, @AntwoordBody,
                @AntwoordLocation, @EventId, @EventType, @EventBody::jsonb, NULL, @CorrigeertMeldingId, @TrektInMeldingId)
            ON CONFLICT DO NOTHING
            """, melding, transaction) == 1;

    private static async Task<IReadOnlyList<OpgeslagenMelding>> FindMeldingen(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid zaakId) =>
        (await connection.QueryAsync<OpgeslagenMelding>(
            $"SELECT {MeldingColumns} FROM leerplicht.meldingen WHERE zaak_id = @zaakId ORDER BY ontvangen_op, event_id",
            new { zaakId }, transaction)).AsList();

    private static Task<OpgeslagenMelding?> FindMelding(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid meldingId) =>
        connection.QuerySingleOrDefaultAsync<OpgeslagenMelding>(
            $"SELECT {MeldingColumns} FROM leerplicht.meldingen WHERE melding_id = @meldingId", new { meldingId }, transaction);
}
