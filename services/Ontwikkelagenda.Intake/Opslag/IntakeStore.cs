using System.Text.Json;
using Dapper;
using Npgsql;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>
/// The intake's memory in its own schema: entities with their state and the meldingen that changed them, each melding
/// written in one transaction together with the event still to publish (the outbox).
/// </summary>
public sealed class IntakeStore(NpgsqlDataSource dataSource, IntakeSchemaNaam schema)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string MeldingColumns = """
        melding_id AS MeldingId, entiteit_id AS EntiteitId, soort AS Soort, ontvangen_op AS OntvangenOp,
        antwoord_status AS AntwoordStatus, antwoord_body AS AntwoordBody, antwoord_location AS AntwoordLocation,
        event_id AS EventId, event_type AS EventType, event_body::text AS EventBody, gepubliceerd_op AS GepubliceerdOp,
        gecorrigeerd_door AS GecorrigeerdDoor, ingetrokken_door AS IngetrokkenDoor, vingerafdruk AS Vingerafdruk, afzender AS Afzender
        """;

    private const string EntiteitColumns = """
        id AS Id, soort AS Soort, staat::text AS Staat, ingetrokken AS Ingetrokken, aangemaakt_op AS AangemaaktOp, gewijzigd_op AS GewijzigdOp
        """;

    /// <summary>
    /// A melding that creates an entity with a fresh id. A known meldingId (a repeat, also a concurrent one: the primary
    /// key decides) stores nothing and returns the melding stored earlier.
    /// </summary>
    /// <param name="vingerafdruk">What the request asked for (<see cref="Intake.Vingerafdruk"/>), kept to tell a repeat from a reuse.</param>
    /// <param name="afzender">The organisation whose token sent it (<see cref="IntakeMelding.Afzender"/>).</param>
    public async Task<StoreUitkomst> Maak<TStaat, TAntwoord>(Guid meldingId, string? vingerafdruk, string? afzender, string entiteitSoort, string meldingSoort,
        DateTimeOffset nu, Func<Guid, Besluit<TStaat, TAntwoord>> besluit, CancellationToken cancellationToken)
        where TStaat : class where TAntwoord : class
    {
        var entiteitId = Guid.CreateVersion7();
        var besloten = besluit(entiteitId);
        if (besloten.Probleem is not null) return new StoreUitkomst(null, besloten.Probleem);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var melding = Melding(meldingId, vingerafdruk, afzender, entiteitId, meldingSoort, nu, besloten);
        if (!await InsertMelding(connection, transaction, melding))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new StoreUitkomst(await FindMelding(connection, null, meldingId), null);
        }
        await connection.ExecuteAsync($"""
            INSERT INTO {schema}.entiteiten (id, soort, staat, ingetrokken, aangemaakt_op, gewijzigd_op)
            VALUES (@entiteitId, @entiteitSoort, @staat::jsonb, false, @nu, @nu)
            """, new { entiteitId, entiteitSoort, staat = JsonSerializer.Serialize(besloten.Staat, Json), nu }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new StoreUitkomst(melding, null, Nieuw: true);
    }

    /// <summary>
    /// A melding about an existing entity, decided under its row lock (<c>FOR UPDATE</c>) so concurrent meldingen are
    /// serialised. A known meldingId returns the melding stored earlier; an unknown entity (or one of another kind) is passed as null.
    /// </summary>
    /// <param name="vingerafdruk">What the request asked for; null for a melding the service makes itself (the deadline).</param>
    /// <param name="afzender">The organisation whose token sent it; null likewise.</param>
    public async Task<StoreUitkomst> Registreer<TStaat, TAntwoord>(Guid meldingId, string? vingerafdruk, string? afzender, Guid entiteitId, string entiteitSoort,
        string meldingSoort, DateTimeOffset nu, Func<Huidig<TStaat>?, Besluit<TStaat, TAntwoord>> besluit, CancellationToken cancellationToken)
        where TStaat : class where TAntwoord : class
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var rij = await connection.QuerySingleOrDefaultAsync<EntiteitRij>(
            $"SELECT {EntiteitColumns} FROM {schema}.entiteiten WHERE id = @entiteitId AND soort = @entiteitSoort FOR UPDATE",
            new { entiteitId, entiteitSoort }, transaction);
        // Checked after the lock: a concurrent repeat of this melding has committed by now.
        if (await FindMelding(connection, transaction, meldingId) is { } bekend)
        {
            await transaction.CommitAsync(cancellationToken);
            return new StoreUitkomst(bekend, null);
        }

        var huidig = rij is null ? null : new Huidig<TStaat>(Lees<TStaat>(rij), await FindMeldingen(connection, transaction, entiteitId));
        var besloten = besluit(huidig);
        if (besloten.Probleem is not null) return new StoreUitkomst(null, besloten.Probleem);
        if (huidig is null) throw new InvalidOperationException("Een besluit over een onbekende entiteit moet een probleem zijn.");

        var melding = Melding(meldingId, vingerafdruk, afzender, entiteitId, meldingSoort, nu, besloten);
        await connection.ExecuteAsync($"""
            UPDATE {schema}.entiteiten SET staat = @staat::jsonb, ingetrokken = ingetrokken OR @intrekken, gewijzigd_op = @nu WHERE id = @entiteitId
            """, new { staat = JsonSerializer.Serialize(besloten.Staat ?? huidig.Staat, Json), intrekken = besloten.Intrekken, nu, entiteitId }, transaction);
        await InsertMelding(connection, transaction, melding);
        if (besloten.Corrigeert is { } gecorrigeerd)
            await connection.ExecuteAsync($"UPDATE {schema}.meldingen SET gecorrigeerd_door = @meldingId WHERE melding_id = @gecorrigeerd",
                new { meldingId, gecorrigeerd }, transaction);
        if (besloten.TrektIn is { } ingetrokken)
        {
            await connection.ExecuteAsync($"UPDATE {schema}.meldingen SET ingetrokken_door = @meldingId WHERE melding_id = @ingetrokken",
                new { meldingId, ingetrokken }, transaction);
            // The versions it corrected stay corrected: the withdrawal takes the melding with all of them.
        }
        await transaction.CommitAsync(cancellationToken);
        return new StoreUitkomst(melding, null, Nieuw: true);
    }

    /// <summary>The entity of kind <paramref name="soort"/> with this id (also when withdrawn), or null.</summary>
    public async Task<Entiteit<TStaat>?> Vind<TStaat>(Guid id, string soort, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rij = await connection.QuerySingleOrDefaultAsync<EntiteitRij>(new CommandDefinition(
            $"SELECT {EntiteitColumns} FROM {schema}.entiteiten WHERE id = @id AND soort = @soort", new { id, soort }, cancellationToken: cancellationToken));
        return rij is null ? null : Lees<TStaat>(rij);
    }

    /// <summary>All entities of a kind that were not withdrawn, oldest first.</summary>
    public Task<IReadOnlyList<Entiteit<TStaat>>> Lijst<TStaat>(string soort, CancellationToken cancellationToken) =>
        Lijst<TStaat>(soort, new { }, cancellationToken);

    /// <summary>The entities of a kind that were not withdrawn and whose state contains <paramref name="staatBevat"/> (jsonb <c>@&gt;</c>), oldest first.</summary>
    public async Task<IReadOnlyList<Entiteit<TStaat>>> Lijst<TStaat>(string soort, object staatBevat, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rijen = await connection.QueryAsync<EntiteitRij>(new CommandDefinition(
            $"SELECT {EntiteitColumns} FROM {schema}.entiteiten WHERE soort = @soort AND NOT ingetrokken AND staat @> @bevat::jsonb ORDER BY aangemaakt_op, id",
            new { soort, bevat = JsonSerializer.Serialize(staatBevat, Json) }, cancellationToken: cancellationToken));
        return [.. rijen.Select(Lees<TStaat>)];
    }

    /// <summary>
    /// The meldingen of every entity of a kind that is not withdrawn and has a melding whose event contains
    /// <paramref name="eventBevat"/> (jsonb <c>@&gt;</c>, any version: the caller folds them to decide what holds now),
    /// per entity in the order received. One query instead of one per entity, for worklists.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<IntakeMelding>>> MeldingenPerEntiteit(string soort, object eventBevat,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rijen = await connection.QueryAsync<IntakeMelding>(new CommandDefinition($"""
            SELECT {MeldingColumns} FROM {schema}.meldingen
            WHERE entiteit_id IN (
                SELECT e.id FROM {schema}.entiteiten e
                WHERE e.soort = @soort AND NOT e.ingetrokken
                  AND EXISTS (SELECT 1 FROM {schema}.meldingen m WHERE m.entiteit_id = e.id AND m.event_body @> @bevat::jsonb))
            ORDER BY entiteit_id, ontvangen_op, event_id
            """, new { soort, bevat = JsonSerializer.Serialize(eventBevat, Json) }, cancellationToken: cancellationToken));
        return [.. rijen.GroupBy(melding => melding.EntiteitId).Select(groep => (IReadOnlyList<IntakeMelding>)groep.ToList())];
    }

    /// <summary>The withdrawn entities of a kind that changed last (their withdrawal) before <paramref name="voor"/>.</summary>
    public async Task<IReadOnlyList<Guid>> IngetrokkenVoor(string soort, DateTimeOffset voor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<Guid>(new CommandDefinition(
            $"SELECT id FROM {schema}.entiteiten WHERE soort = @soort AND ingetrokken AND gewijzigd_op < @voor",
            new { soort, voor }, cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// Sets the reference <paramref name="veld"/> to null in the state and in every melding's event of these entities,
    /// and forgets those meldingen's fingerprints (a hash over a body with the reference). Returns how many entities
    /// still had it: run again, it finds none.
    /// </summary>
    public async Task<int> VerwijderReferenties(Guid[] ids, string soort, string veld, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return 0;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
            WITH staat AS (
                UPDATE {schema}.entiteiten SET staat = jsonb_set(staat, ARRAY[@veld], 'null'::jsonb)
                WHERE id = ANY(@ids) AND soort = @soort AND staat ->> @veld IS NOT NULL
                RETURNING id),
            meldingen AS (
                UPDATE {schema}.meldingen SET event_body = jsonb_set(event_body, ARRAY[@veld], 'null'::jsonb), vingerafdruk = NULL
                WHERE entiteit_id = ANY(@ids) AND event_body ->> @veld IS NOT NULL
                  AND entiteit_id IN (SELECT e.id FROM {schema}.entiteiten e WHERE e.soort = @soort)
                RETURNING entiteit_id AS id)
            SELECT count(DISTINCT id)::int FROM (SELECT id FROM staat UNION ALL SELECT id FROM meldingen) verwijderd
            """, new { ids, soort, veld }, cancellationToken: cancellationToken));
    }

    /// <summary>Every melding of an entity, in the order received.</summary>
    public async Task<IReadOnlyList<IntakeMelding>> Meldingen(Guid entiteitId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindMeldingen(connection, null, entiteitId);
    }

    public async Task<IntakeMelding?> Melding(Guid meldingId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindMelding(connection, null, meldingId);
    }

    /// <summary>Events stored but not confirmed by the broker, oldest first so an entity's meldingen keep their order.</summary>
    public async Task<IReadOnlyList<IntakeMelding>> FindOngepubliceerd(DateTimeOffset ontvangenVoor, int max, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<IntakeMelding>(new CommandDefinition(
            $"SELECT {MeldingColumns} FROM {schema}.meldingen WHERE gepubliceerd_op IS NULL AND ontvangen_op < @ontvangenVoor ORDER BY ontvangen_op, event_id LIMIT @max",
            new { ontvangenVoor, max }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task MarkeerGepubliceerd(Guid meldingId, DateTimeOffset op, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {schema}.meldingen SET gepubliceerd_op = @op WHERE melding_id = @meldingId AND gepubliceerd_op IS NULL",
            new { meldingId, op }, cancellationToken: cancellationToken));
    }

    private static IntakeMelding Melding<TStaat, TAntwoord>(Guid meldingId, string? vingerafdruk, string? afzender, Guid entiteitId, string soort, DateTimeOffset nu,
        Besluit<TStaat, TAntwoord> besluit)
        where TStaat : class where TAntwoord : class
    {
        var @event = besluit.Event ?? throw new InvalidOperationException("Een aanvaard besluit heeft een event.");
        return new IntakeMelding(meldingId, entiteitId, soort, nu, 202, JsonSerializer.Serialize(besluit.Antwoord, Json), besluit.Location,
            @event.EventId, @event.GetType().Name, JsonSerializer.Serialize(@event, @event.GetType(), Json), null, null, null, vingerafdruk, afzender);
    }

    private static Entiteit<TStaat> Lees<TStaat>(EntiteitRij rij) => new(rij.Id, rij.Soort,
        JsonSerializer.Deserialize<TStaat>(rij.Staat, Json) ?? throw new InvalidOperationException($"Lege staat van {rij.Id}."),
        rij.Ingetrokken, rij.AangemaaktOp, rij.GewijzigdOp);

    private async Task<bool> InsertMelding(NpgsqlConnection connection, NpgsqlTransaction transaction, IntakeMelding melding) =>
        await connection.ExecuteAsync($"""
            INSERT INTO {schema}.meldingen (melding_id, entiteit_id, soort, ontvangen_op, antwoord_status, antwoord_body,
                antwoord_location, event_id, event_type, event_body, gepubliceerd_op, vingerafdruk, afzender)
            VALUES (@MeldingId, @EntiteitId, @Soort, @OntvangenOp, @AntwoordStatus, @AntwoordBody,
                @AntwoordLocation, @EventId, @EventType, @EventBody::jsonb, NULL, @Vingerafdruk, @Afzender)
            ON CONFLICT (melding_id) DO NOTHING
            """, melding, transaction) == 1;

    private async Task<IReadOnlyList<IntakeMelding>> FindMeldingen(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid entiteitId) =>
        (await connection.QueryAsync<IntakeMelding>(
            $"SELECT {MeldingColumns} FROM {schema}.meldingen WHERE entiteit_id = @entiteitId ORDER BY ontvangen_op, event_id",
            new { entiteitId }, transaction)).AsList();

    private Task<IntakeMelding?> FindMelding(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid meldingId) =>
        connection.QuerySingleOrDefaultAsync<IntakeMelding?>(
            $"SELECT {MeldingColumns} FROM {schema}.meldingen WHERE melding_id = @meldingId", new { meldingId }, transaction);
}
