using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Leerplicht.Api.Tests;

/// <summary>What happens to an accepted melding while the broker is down: kept, answered 503, published later.</summary>
public sealed class OutboxTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_melding_the_broker_did_not_confirm_is_answered_503_kept_and_published_once_the_broker_is_back()
    {
        var meldingId = Guid.NewGuid();
        var melding = new
        {
            meldingId,
            casusReferentie = "OUTBOX-1",
            gemeente = "GM1680",
            soortVerzuim = "absoluut",
            startdatum = "2026-01-05",
        };

        await fixture.RabbitMq.StopAsync();
        var whileDown = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal("application/problem+json", whileDown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NULL", meldingId));

        await fixture.RabbitMq.StartAsync(Ct);

        // The dispatcher marks the row only after the broker confirmed the republished event.
        while (await fixture.CountAsync(
            "SELECT count(*) FROM leerplicht.meldingen WHERE melding_id = @p AND gepubliceerd_op IS NOT NULL", meldingId) == 0)
        {
            await Task.Delay(250, Ct);
        }

        var again = await fixture.Client.PostAsJsonAsync("/v1/thuiszitters", melding, Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var zaakId = (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.zaken WHERE casus_referentie = 'OUTBOX-1'"));
        Assert.Equal(1, await fixture.CountAsync("SELECT count(*) FROM leerplicht.zaken WHERE id = @p", zaakId));
    }
}
