using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Leerplicht.Api.Termijnen;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Leerplicht.Api.Tests;

/// <summary>
/// The Thuiszitterspact's deadline (issue 3, part 7): ThuiszitterTermijnOverschreden published exactly once per case,
/// driven by the clock alone, across many scans, two replicas and a restart, counted on a durable queue as a silo's.
/// </summary>
public sealed class TermijnTests(TermijnFixture fixture) : IClassFixture<TermijnFixture>
{
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Noon in Amsterdam (10:00 UTC in summer time) on <paramref name="date"/>.</summary>
    private static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_deadline_event_is_published_once_on_the_first_day_past_three_months_across_many_scans_two_replicas_and_a_restart()
    {
        await using var queue = await PublishedEvents.ListenAsync(fixture.RabbitMqConnectionString, ["ThuiszitterTermijnOverschreden"], Ct);
        var time = new MutableTimeProvider(Noon(2026, 4, 30));
        var first = fixture.CreateHost(time);
        var client = AlsMiddenDrenthe(first);

        // 31 January + 3 months = 30 April: on 30 April the case is not yet longer than three months.
        var open = await MeldAsync(client, "2026-01-31");
        var closedInTime = await MeldAsync(client, "2026-01-31");
        var closing = await client.PostAsJsonAsync($"/v1/thuiszitters/{closedInTime}/beeindiging",
            new { meldingId = Guid.NewGuid(), einddatum = "2026-04-29", uitkomst = "terug-naar-school" }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, closing.StatusCode);

        await ScanAsync(first, times: 5);
        Assert.Empty(await queue.ForAsync(open));
        Assert.Equal(0, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE soort = 'termijn-overschreden' AND entiteit_id = @p", open));

        // A second replica on the same database. On 1 May the clock alone makes the open case overdue: both
        // replicas' timers (every 200 ms) and direct scans race for it, and it is published once.
        var second = fixture.CreateHost(time);
        _ = second.Services;
        time.Set(Noon(2026, 5, 1));
        await Task.WhenAll(ScanAsync(first, times: 10), ScanAsync(second, times: 10));
        var published = await WaitForAsync(queue, open);
        Assert.Equal("2026-05-01", published.Body.GetProperty("termijndatum").GetString());
        Assert.Equal("2026-01-31", published.Body.GetProperty("startdatum").GetString());
        Assert.Equal(published.EventId, published.MessageId);

        // Restart: the first host goes; the survivor (and a third, fresh one) keep scanning the same outbox.
        await first.DisposeAsync();
        await second.DisposeAsync();
        await using var restarted = fixture.CreateHost(time);
        var restartedClient = AlsMiddenDrenthe(restarted);
        // A case reported long overdue: eight scans at the same moment, besides the restarted host's timer, all find it
        // unreported; each decides again under the case's row lock, so one deadline melding is stored (asserted below).
        var lateReport = await MeldAsync(restartedClient, "2026-01-10");
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ScanAsync(restarted, times: 1)));
        await WaitForAsync(queue, lateReport);
        await ScanAsync(restarted, times: 5);

        Assert.Single(await queue.ForAsync(open));
        Assert.Single(await queue.ForAsync(lateReport));
        Assert.Empty(await queue.ForAsync(closedInTime));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE soort = 'termijn-overschreden' AND entiteit_id = @p", open));
        Assert.Equal(0, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE soort = 'termijn-overschreden' AND entiteit_id = @p", closedInTime));
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE soort = 'termijn-overschreden' AND entiteit_id = @p", lateReport));
    }

    [Fact]
    public async Task A_withdrawn_case_gets_no_deadline_event_and_a_reopened_one_does()
    {
        await using var queue = await PublishedEvents.ListenAsync(fixture.RabbitMqConnectionString, ["ThuiszitterTermijnOverschreden"], Ct);
        var time = new MutableTimeProvider(Noon(2026, 3, 1));
        await using var host = fixture.CreateHost(time);
        var client = AlsMiddenDrenthe(host);

        var withdrawn = await MeldAsync(client, "2026-02-02");
        var reopened = await MeldAsync(client, "2026-02-02");
        var report = await MeldingIdAsync(withdrawn, "gemeld");
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/v1/thuiszitters/{withdrawn}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = report, reden = "Dubbel gemeld." }, Ct)).StatusCode);
        var closingId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/v1/thuiszitters/{reopened}/beeindiging",
            new { meldingId = closingId, einddatum = "2026-03-01", uitkomst = "zorgaanbod" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/v1/thuiszitters/{reopened}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = closingId, reden = "Zorgaanbod ging niet door." }, Ct)).StatusCode);

        time.Set(Noon(2026, 5, 3));
        await WaitForAsync(queue, reopened);
        await ScanAsync(host, times: 5);

        Assert.Empty(await queue.ForAsync(withdrawn));
        Assert.Single(await queue.ForAsync(reopened));
    }

    /// <summary>Every case of these tests is Midden-Drenthe's (GM1731), reported and read by its leerplichtambtenaar.</summary>
    private static HttpClient AlsMiddenDrenthe(WebApplicationFactory<Program> host) =>
        host.CreateDefaultClient(new TokenHandler(TestGebruiker.Leerplicht("GM1731"), LeerplichtHost.Audience));

    private static async Task<Guid> MeldAsync(HttpClient client, string startdatum)
    {
        var response = await client.PostAsJsonAsync("/v1/thuiszitters", new
        {
            meldingId = Guid.NewGuid(),
            casusReferentie = $"T-{Guid.NewGuid():N}"[..20],
            gemeente = "GM1731",
            soortVerzuim = "absoluut",
            startdatum,
        }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> MeldingIdAsync(Guid zaakId, string soort)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new Npgsql.NpgsqlCommand("SELECT melding_id FROM leerplicht.meldingen WHERE entiteit_id = @z AND soort = @s", connection);
        command.Parameters.AddWithValue("z", zaakId);
        command.Parameters.AddWithValue("s", soort);
        return (Guid)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Runs the host's own scanner directly, besides its timer, to give a second event every chance to appear.</summary>
    private static async Task ScanAsync(WebApplicationFactory<Program> host, int times)
    {
        var bewaking = host.Services.GetServices<IHostedService>().OfType<TermijnBewaking>().Single();
        for (var i = 0; i < times; i++) await bewaking.Bewaak(Ct);
    }

    private static async Task<PublishedEvent> WaitForAsync(PublishedEvents queue, Guid zaakId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var events = await queue.ForAsync(zaakId);
            if (events.Count > 0) return events[0];
            if (clock.Elapsed > DeliveryDeadline) Assert.Fail($"No ThuiszitterTermijnOverschreden for case {zaakId} within {DeliveryDeadline.TotalSeconds} s.");
            await Task.Delay(200, Ct);
        }
    }
}
