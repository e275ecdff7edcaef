using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ontwikkelagenda.Intake.Bewaren;

namespace Ondersteuning.Api.Tests;

/// <summary>
/// Retention (issue 11, point 5) with the default period (365 days) for EED referrals (done when treatment starts) and
/// complex cases (done when closed): past the period the reference goes from every event and the answers show
/// "verwijderd (bewaartermijn)"; within it, and while open, it stays; every other field of every event stays.
/// </summary>
public sealed class BewaartermijnTests(BewaarFixture fixture) : IClassFixture<BewaarFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Referrals_and_complex_cases_done_longer_than_the_period_ago_lose_their_reference_and_nothing_else()
    {
        var time = new MutableTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await using var host = fixture.CreateHost(time);
        var client = AlsEigenaar.Client(host, fixture.DatabaseConnectionString);

        var eedKlaar = await MeldAsync(client, "eed-verwijzingen", "verwijzingId", new { referentie = Referentie("EED"), brin = "19SL", verwijsdatum = "2026-01-10" });
        var eedRecent = await MeldAsync(client, "eed-verwijzingen", "verwijzingId", new { referentie = Referentie("EED"), brin = "19SL", verwijsdatum = "2026-01-10" });
        var eedOpen = await MeldAsync(client, "eed-verwijzingen", "verwijzingId", new { referentie = Referentie("EED"), brin = "19SL", verwijsdatum = "2026-01-10" });
        var casusKlaar = await MeldAsync(client, "complexe-casussen", "casusId", new { referentie = Referentie("CC"), gemeente = "GM1730", startdatum = "2026-01-05" });
        var casusOpen = await MeldAsync(client, "complexe-casussen", "casusId", new { referentie = Referentie("CC"), gemeente = "GM1730", startdatum = "2026-01-05" });
        await PostAsync(client, $"/v1/eed-verwijzingen/{eedKlaar}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = "2026-02-01" });
        await PostAsync(client, $"/v1/eed-verwijzingen/{eedRecent}/behandelstart", new { meldingId = Guid.NewGuid(), startdatum = "2026-02-25" });
        await PostAsync(client, $"/v1/complexe-casussen/{casusKlaar}/afsluiting", new { meldingId = Guid.NewGuid(), einddatum = "2026-02-01" });

        Guid[] alle = [eedKlaar, eedRecent, eedOpen, casusKlaar, casusOpen];
        var referentiesVoor = await ReferentiesAsync(alle);
        var eventsVoor = await EventsZonderReferentieAsync(alle);

        // 365 days after 1 February, not after 25 February.
        time.Set(new DateTimeOffset(2027, 2, 10, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await host.Services.GetRequiredService<Bewaartermijn>().Ruim(Ct));

        var referentiesNa = await ReferentiesAsync(alle);
        Assert.Null(referentiesNa[eedKlaar]);
        Assert.Null(referentiesNa[casusKlaar]);
        foreach (var blijft in new[] { eedRecent, eedOpen, casusOpen })
        {
            Assert.NotNull(referentiesNa[blijft]);
            Assert.Equal(referentiesVoor[blijft], referentiesNa[blijft]);
        }
        Assert.Equal(eventsVoor, await EventsZonderReferentieAsync(alle));
        Assert.Equal(VerwijderdeReferentie.Tekst, (await client.GetFromJsonAsync<JsonElement>($"/v1/eed-verwijzingen/{eedKlaar}", Ct)).GetProperty("referentie").GetString());
        Assert.Equal(VerwijderdeReferentie.Tekst, (await client.GetFromJsonAsync<JsonElement>($"/v1/complexe-casussen/{casusKlaar}", Ct)).GetProperty("referentie").GetString());
        Assert.Equal(referentiesVoor[eedOpen], (await client.GetFromJsonAsync<JsonElement>($"/v1/eed-verwijzingen/{eedOpen}", Ct)).GetProperty("referentie").GetString());

        Assert.Equal(0, await host.Services.GetRequiredService<Bewaartermijn>().Ruim(Ct));
    }

    private static string Referentie(string soort) => $"{soort}-{Guid.NewGuid():N}"[..20];

    /// <summary>Per entity its reference in the events that carry one: one value, or null when every one is gone.</summary>
    private async Task<Dictionary<Guid, string?>> ReferentiesAsync(Guid[] ids)
    {
        var uitkomst = new Dictionary<Guid, string?>();
        foreach (var id in ids)
        {
            var referenties = await Query<string?>(
                "SELECT event_body ->> 'referentie' FROM ondersteuning.meldingen WHERE entiteit_id = @id AND event_body ? 'referentie'", new { id });
            uitkomst[id] = Assert.Single(referenties.Distinct());
        }
        return uitkomst;
    }

    /// <summary>Every event of these entities without its reference: what the silo stores and folds into the KPIs.</summary>
    private async Task<IReadOnlyList<string>> EventsZonderReferentieAsync(Guid[] ids) =>
        await Query<string>("SELECT (event_body - 'referentie')::text FROM ondersteuning.meldingen WHERE entiteit_id = ANY(@ids) ORDER BY event_id", new { ids });

    private async Task<IReadOnlyList<T>> Query<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.DatabaseConnectionString);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: Ct))];
    }

    private static async Task<Guid> MeldAsync(HttpClient client, string pad, string idVeld, object velden)
    {
        var body = JsonSerializer.SerializeToNode(velden)!.AsObject();
        body["meldingId"] = Guid.NewGuid();
        var response = await client.PostAsJsonAsync($"/v1/{pad}", body, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty(idVeld).GetGuid();
    }

    private static async Task PostAsync(HttpClient client, string pad, object body) =>
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(pad, body, Ct)).StatusCode);
}
