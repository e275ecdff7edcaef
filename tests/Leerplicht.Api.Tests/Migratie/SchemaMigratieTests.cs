using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Leerplicht.Api.Termijnen;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Tests.Migratie;

/// <summary>
/// A database written by Leerplicht.Api's own store, before the service moved onto the intake pipeline: the service
/// takes it over on start, and every case, history, worklist, repeat answer and unpublished event is as it was.
/// </summary>
public sealed class SchemaMigratieTests(TermijnFixture fixture) : IClassFixture<TermijnFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset Gemeld = new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Vandaag = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Case A: reported, the report corrected, then closed. Case B: reported and the report withdrawn.
    // Case C: reported, past its deadline, then transferred; the transfer's event was never confirmed by the broker.
    private readonly Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7(), c = Guid.CreateVersion7();
    private readonly Guid a1 = Guid.NewGuid(), a2 = Guid.NewGuid(), a3 = Guid.NewGuid();
    private readonly Guid b1 = Guid.NewGuid(), b2 = Guid.NewGuid();
    private readonly Guid c1 = Guid.NewGuid(), c2 = Guid.NewGuid(), c3 = Guid.NewGuid();

    [Fact]
    public async Task A_database_of_the_first_schema_is_taken_over_without_losing_a_case_a_melding_or_an_unpublished_event()
    {
        var overdrachtEvent = await SchrijfEersteSchemaAsync();
        await using var queue = await PublishedEvents.ListenAsync(fixture.RabbitMqConnectionString, ["ThuiszitterOvergedragen"], Ct);

        await using (var host = fixture.CreateHost(new MutableTimeProvider(Vandaag)))
        {
            var client = AlsEigenaar.Client(host, fixture.DatabaseConnectionString);

            var zaakA = await GetAsync(client, a);
            Assert.Equal("MIG-A2", zaakA.GetProperty("casusReferentie").GetString());
            Assert.Equal("2026-03-01", zaakA.GetProperty("einddatum").GetString());
            Assert.Equal("terug-naar-school", zaakA.GetProperty("uitkomst").GetString());
            var historieA = zaakA.GetProperty("meldingen").EnumerateArray().ToArray();
            Assert.Equal(["gemeld", "gemeld", "beeindigd"], historieA.Select(m => m.GetProperty("soort").GetString()));
            Assert.Equal(a2, historieA[0].GetProperty("gecorrigeerdDoor").GetGuid());
            Assert.Equal(a1, historieA[1].GetProperty("corrigeert").GetGuid());

            var zaakB = await GetAsync(client, b);
            Assert.True(zaakB.GetProperty("ingetrokken").GetBoolean());
            var historieB = zaakB.GetProperty("meldingen").EnumerateArray().ToArray();
            Assert.Equal(["gemeld", "ingetrokken"], historieB.Select(m => m.GetProperty("soort").GetString()));
            Assert.Equal(b2, historieB[0].GetProperty("ingetrokkenDoor").GetGuid());
            Assert.Equal(b1, historieB[1].GetProperty("trektIn").GetGuid());

            var zaakC = await GetAsync(client, c);
            Assert.Equal("GM1680", zaakC.GetProperty("gemeente").GetString());
            Assert.Equal("GM0106", zaakC.GetProperty("gemeenteBijMelding").GetString());

            // The worklists: C moved to Aa en Hunze and is overdue; A is closed, B withdrawn.
            var aaEnHunze = await WerkvoorraadAsync(client, "GM1680");
            var regel = Assert.Single(aaEnHunze);
            Assert.Equal(c, regel.GetProperty("id").GetGuid());
            Assert.True(regel.GetProperty("langerDanDrieMaanden").GetBoolean());
            Assert.Empty(await WerkvoorraadAsync(client, "GM0106"));
            Assert.Empty(await WerkvoorraadAsync(client, "GM1730"));

            // Repeats of meldingen stored by the first schema get their stored answers.
            var herhaling = await client.PostAsJsonAsync("/v1/thuiszitters", new
            {
                meldingId = a1, casusReferentie = "MIG-A1", gemeente = "GM0106", soortVerzuim = "absoluut", startdatum = "2026-01-05",
            }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, herhaling.StatusCode);
            Assert.Equal(a, (await herhaling.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
            var correctieHerhaald = await client.PostAsJsonAsync($"/v1/thuiszitters/{a}/correcties", new
            {
                meldingId = a2, gecorrigeerdeMeldingId = a1, casusReferentie = "MIG-A2", gemeente = "GM0106", soortVerzuim = "absoluut",
                startdatum = "2026-01-05",
            }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, correctieHerhaald.StatusCode);

            // The event the broker never confirmed is sent by the outbox, with its stored id.
            var verstuurd = await WachtOpEventAsync(queue, c);
            Assert.Equal(overdrachtEvent, verstuurd.EventId);

            // The deadline was reported under the first schema: no second one.
            await host.Services.GetServices<IHostedService>().OfType<TermijnBewaking>().Single().Bewaak(Ct);
            Assert.Equal(1, await fixture.CountAsync(
                "SELECT count(*) FROM leerplicht.meldingen WHERE soort = 'termijn-overschreden' AND entiteit_id = @p", c));

            // The newest version of A's report can be corrected again, now on the intake's tables.
            var nieuweCorrectie = await client.PostAsJsonAsync($"/v1/thuiszitters/{a}/correcties", new
            {
                meldingId = Guid.NewGuid(), gecorrigeerdeMeldingId = a2, casusReferentie = "MIG-A3", gemeente = "GM0106",
                soortVerzuim = "absoluut", startdatum = "2026-01-05",
            }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, nieuweCorrectie.StatusCode);
            Assert.Equal("MIG-A3", (await GetAsync(client, a)).GetProperty("casusReferentie").GetString());
        }

        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM pg_tables WHERE schemaname = 'leerplicht' AND tablename = 'zaken'"));

        // Started again on the migrated database: the migration does nothing the second time.
        await using var restarted = fixture.CreateHost(new MutableTimeProvider(Vandaag));
        Assert.Equal("MIG-A3", (await GetAsync(AlsEigenaar.Client(restarted, fixture.DatabaseConnectionString), a)).GetProperty("casusReferentie").GetString());
        Assert.Equal(3, await fixture.CountAsync("SELECT count(*) FROM leerplicht.entiteiten"));
    }

    /// <summary>The first schema with the rows its store wrote for cases A, B and C; returns the unconfirmed transfer's event id.</summary>
    private async Task<Guid> SchrijfEersteSchemaAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        var schema = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Migratie", "leerplicht-schema-v1.sql"), Ct);
        await using (var create = new NpgsqlCommand(schema, connection)) await create.ExecuteNonQueryAsync(Ct);

        var assen = GemeenteCode.Parse("GM0106");
        var aaEnHunze = GemeenteCode.Parse("GM1680");
        var tynaarlo = GemeenteCode.Parse("GM1730");
        await ZaakAsync(connection, a, "MIG-A2", "GM0106", "2026-01-05", "2026-03-01", "terug-naar-school", ingetrokken: false);
        await ZaakAsync(connection, b, "MIG-B1", "GM1730", "2026-02-01", null, null, ingetrokken: true);
        await ZaakAsync(connection, c, "MIG-C1", "GM1680", "2026-01-10", null, null, ingetrokken: false);

        var gemeldA = new ThuiszitterGemeld(Guid.NewGuid(), Gemeld, "Leerplicht Assen", a, "MIG-A1", assen, null, SoortVerzuim.Absoluut, new(2026, 1, 5));
        await MeldingAsync(connection, a1, "gemeld", a, 0, gemeldA);
        await MeldingAsync(connection, a2, "gemeld", a, 1, gemeldA with { EventId = Guid.NewGuid(), CasusReferentie = "MIG-A2", Corrigeert = gemeldA.EventId },
            corrigeert: a1);
        await MeldingAsync(connection, a3, "beeindigd", a, 2, new ThuiszitterBeeindigd(Guid.NewGuid(), Gemeld, "Leerplicht Assen", a, assen, null,
            new(2026, 3, 1), Uitkomst.TerugNaarSchool));

        var gemeldB = new ThuiszitterGemeld(Guid.NewGuid(), Gemeld, "Leerplicht Tynaarlo", b, "MIG-B1", tynaarlo, null, SoortVerzuim.Absoluut, new(2026, 2, 1));
        await MeldingAsync(connection, b1, "gemeld", b, 0, gemeldB);
        await MeldingAsync(connection, b2, "ingetrokken", b, 1, new MeldingIngetrokken(Guid.NewGuid(), Gemeld, "Leerplicht Tynaarlo", b, gemeldB.EventId,
            "Dubbel gemeld."), trektIn: b1);

        await MeldingAsync(connection, c1, "gemeld", c, 0,
            new ThuiszitterGemeld(Guid.NewGuid(), Gemeld, "Leerplicht Assen", c, "MIG-C1", assen, null, SoortVerzuim.Absoluut, new(2026, 1, 10)));
        await MeldingAsync(connection, c2, "termijn-overschreden", c, 1, new ThuiszitterTermijnOverschreden(Guid.NewGuid(), Gemeld, "Leerplicht Assen", c,
            assen, null, new(2026, 1, 10), new(2026, 4, 11)));
        var overdracht = new ThuiszitterOvergedragen(Guid.NewGuid(), Gemeld, "Leerplicht Assen", c, assen, aaEnHunze, null, new(2026, 5, 1));
        await MeldingAsync(connection, c3, "overgedragen", c, 2, overdracht, gepubliceerd: false);
        return overdracht.EventId;
    }

    private static async Task ZaakAsync(NpgsqlConnection connection, Guid id, string casus, string gemeente, string start, string? eind, string? uitkomst,
        bool ingetrokken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO leerplicht.zaken (id, casus_referentie, gemeente, brin, soort_verzuim, startdatum, einddatum, uitkomst, gemeld_op, ingetrokken_op)
            VALUES (@id, @casus, @gemeente, NULL, 'absoluut', @start::date, @eind::date, @uitkomst, @gemeld, @ingetrokken)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("casus", casus);
        command.Parameters.AddWithValue("gemeente", gemeente);
        command.Parameters.AddWithValue("start", start);
        command.Parameters.AddWithValue("eind", (object?)eind ?? DBNull.Value);
        command.Parameters.AddWithValue("uitkomst", (object?)uitkomst ?? DBNull.Value);
        command.Parameters.AddWithValue("gemeld", Gemeld);
        command.Parameters.AddWithValue("ingetrokken", ingetrokken ? Gemeld.AddDays(2) : DBNull.Value);
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>A melding row as the first store wrote it: answer, event, and what it corrects or withdraws.</summary>
    private static async Task MeldingAsync<TEvent>(NpgsqlConnection connection, Guid meldingId, string soort, Guid zaakId, int volgorde, TEvent @event,
        Guid? corrigeert = null, Guid? trektIn = null, bool gepubliceerd = true) where TEvent : IAgendaEvent
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO leerplicht.meldingen (melding_id, soort, zaak_id, ontvangen_op, antwoord_status, antwoord_body, antwoord_location,
                event_id, event_type, event_body, gepubliceerd_op, corrigeert_melding_id, trekt_in_melding_id)
            VALUES (@melding, @soort, @zaak, @ontvangen, 202, @antwoord, @location, @event, @type, @body::jsonb, @gepubliceerd, @corrigeert, @trektIn)
            """, connection);
        var ontvangen = Gemeld.AddDays(volgorde);
        command.Parameters.AddWithValue("melding", meldingId);
        command.Parameters.AddWithValue("soort", soort);
        command.Parameters.AddWithValue("zaak", zaakId);
        command.Parameters.AddWithValue("ontvangen", ontvangen);
        command.Parameters.AddWithValue("antwoord", JsonSerializer.Serialize(new { id = zaakId }, Json));
        command.Parameters.AddWithValue("location", $"/v1/thuiszitters/{zaakId}");
        command.Parameters.AddWithValue("event", @event.EventId);
        command.Parameters.AddWithValue("type", typeof(TEvent).Name);
        command.Parameters.AddWithValue("body", JsonSerializer.Serialize(@event, Json));
        command.Parameters.AddWithValue("gepubliceerd", gepubliceerd ? ontvangen : DBNull.Value);
        command.Parameters.AddWithValue("corrigeert", (object?)corrigeert ?? DBNull.Value);
        command.Parameters.AddWithValue("trektIn", (object?)trektIn ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, Guid zaakId)
    {
        var response = await client.GetAsync($"/v1/thuiszitters/{zaakId}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<JsonElement[]> WerkvoorraadAsync(HttpClient client, string gemeente)
    {
        var werkvoorraad = await client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters?gemeente={gemeente}&peildatum=2026-06-01", Ct);
        return [.. werkvoorraad.GetProperty("thuiszitters").EnumerateArray()];
    }

    private static async Task<PublishedEvent> WachtOpEventAsync(PublishedEvents queue, Guid zaakId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if ((await queue.ForAsync(zaakId)) is [var eerste, ..]) return eerste;
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) Assert.Fail($"De overdracht van zaak {zaakId} is niet binnen 60 s verstuurd.");
            await Task.Delay(200, Ct);
        }
    }
}
