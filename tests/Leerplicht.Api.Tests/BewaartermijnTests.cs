using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ontwikkelagenda.Intake.Bewaren;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Retention (issue 11, point 5) with the default period (365 days): a case closed or withdrawn longer ago loses its
/// reference in the state, in every melding's event and in the answers; a case closed within the period and an open one
/// keep it; every other field of every event (what the KPIs fold) stays as it was. Run again or after a restart: nothing.
/// </summary>
public sealed class BewaartermijnTests(TermijnFixture fixture) : IClassFixture<TermijnFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_case_closed_longer_than_the_period_ago_loses_its_reference_everywhere_and_every_other_fact_stays()
    {
        var time = new MutableTimeProvider(Noon(2026, 2, 2));
        var host = fixture.CreateHost(time);
        var client = AlsEigenaar.Client(host, fixture.DatabaseConnectionString);

        var gesloten = await MeldAsync(client);
        var ingetrokken = await MeldAsync(client);
        var recentGesloten = await MeldAsync(client);
        var open = await MeldAsync(client);
        await PostAsync(client, $"/v1/thuiszitters/{gesloten}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-02-01", uitkomst = "terug-naar-school" });
        var melding = (await Query<Guid>("SELECT melding_id FROM leerplicht.meldingen WHERE entiteit_id = @ingetrokken", new { ingetrokken })).Single();
        await PostAsync(client, $"/v1/thuiszitters/{ingetrokken}/intrekkingen", new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = melding, reden = "Dubbel gemeld." });
        time.Set(Noon(2026, 2, 20));
        await PostAsync(client, $"/v1/thuiszitters/{recentGesloten}/beeindiging", new { meldingId = Guid.NewGuid(), einddatum = "2026-02-20", uitkomst = "zorgaanbod" });

        var zaken = new[] { gesloten, ingetrokken, recentGesloten, open };
        var referentiesVoor = await ReferentiesAsync(zaken);
        var eventsVoor = await EventsZonderReferentieAsync(zaken);
        var antwoordVoor = await client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{gesloten}", Ct);

        // 365 days after 1 February (closed) and 2 February (withdrawn), but not after 20 February.
        time.Set(Noon(2027, 2, 10));
        var bewaartermijn = host.Services.GetRequiredService<Bewaartermijn>();
        Assert.Equal(2, await bewaartermijn.Ruim(Ct));

        var referentiesNa = await ReferentiesAsync(zaken);
        foreach (var weg in new[] { gesloten, ingetrokken })
        {
            Assert.Null(Assert.Single(referentiesNa[weg].Staat));
            Assert.All(referentiesNa[weg].Events, referentie => Assert.Null(referentie));
            Assert.Empty(await Query<Guid>("SELECT melding_id FROM leerplicht.meldingen WHERE entiteit_id = @weg AND event_type = 'ThuiszitterGemeld' AND vingerafdruk IS NOT NULL", new { weg }));
        }
        foreach (var blijft in new[] { recentGesloten, open })
        {
            Assert.Equal(JsonSerializer.Serialize(referentiesVoor[blijft]), JsonSerializer.Serialize(referentiesNa[blijft]));
            Assert.NotNull(referentiesNa[blijft].Staat.Single());
        }
        // Only the events that were there: at this date the deadline scanner (every 200 ms) may add the open case's deadline event.
        var eventsNa = await EventsZonderReferentieAsync(zaken);
        Assert.Equal(eventsVoor.ToList(), eventsNa.Where(e => eventsVoor.ContainsKey(e.Key)).ToList());

        var antwoordNa = await client.GetFromJsonAsync<JsonElement>($"/v1/thuiszitters/{gesloten}", Ct);
        Assert.Equal(VerwijderdeReferentie.Tekst, antwoordNa.GetProperty("casusReferentie").GetString());
        Assert.Equal(ZonderReferentie(antwoordVoor), ZonderReferentie(antwoordNa));

        // Idempotent, also in a host started afterwards (its own startup run included).
        Assert.Equal(0, await bewaartermijn.Ruim(Ct));
        await host.DisposeAsync();
        await using var herstart = fixture.CreateHost(time);
        Assert.Equal(0, await herstart.Services.GetRequiredService<Bewaartermijn>().Ruim(Ct));
        Assert.Equal(JsonSerializer.Serialize(referentiesNa), JsonSerializer.Serialize(await ReferentiesAsync(zaken)));
    }

    private sealed record Referenties(string?[] Staat, List<string?> Events);

    private async Task<Dictionary<Guid, Referenties>> ReferentiesAsync(Guid[] zaken)
    {
        var uitkomst = new Dictionary<Guid, Referenties>();
        foreach (var zaak in zaken)
        {
            var staat = await Query<string?>("SELECT staat ->> 'casusReferentie' FROM leerplicht.entiteiten WHERE id = @zaak", new { zaak });
            var events = await Query<string?>(
                "SELECT event_body ->> 'casusReferentie' FROM leerplicht.meldingen WHERE entiteit_id = @zaak AND event_type = 'ThuiszitterGemeld' ORDER BY ontvangen_op",
                new { zaak });
            uitkomst[zaak] = new Referenties([.. staat], [.. events]);
        }
        return uitkomst;
    }

    /// <summary>Every event of these cases without its reference, by event id: what the silo stores and folds into the KPIs.</summary>
    private async Task<SortedDictionary<Guid, string>> EventsZonderReferentieAsync(Guid[] zaken) =>
        new((await Query<(Guid EventId, string Body)>(
            "SELECT event_id AS EventId, (event_body - 'casusReferentie')::text AS Body FROM leerplicht.meldingen WHERE entiteit_id = ANY(@zaken)",
            new { zaken })).ToDictionary(e => e.EventId, e => e.Body));

    private static string ZonderReferentie(JsonElement antwoord) =>
        JsonSerializer.Serialize(antwoord.EnumerateObject().Where(p => p.Name != "casusReferentie").ToDictionary(p => p.Name, p => p.Value));

    private async Task<IReadOnlyList<T>> Query<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.DatabaseConnectionString);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: Ct))];
    }

    private static async Task<Guid> MeldAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = $"B-{Guid.NewGuid():N}"[..20],
            gemeente = "GM1731",
            soortVerzuim = "absoluut",
            startdatum = "2026-01-05",
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task PostAsync(HttpClient client, string pad, object body) =>
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(pad, body, Ct)).StatusCode);
}
