using System.Text.Json;
using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An operator stops the system (as Ctrl+C does) and starts it again on the same data.</summary>
[Collection(SystemCollection.Name)]
public sealed class RestartTests(SystemFixture system)
{
    private static readonly string[] Services = ["Agenda.Silo", "Agenda.Api", "Leerplicht.Api", "Inkoop.Api", "Ondersteuning.Api", "Ontwikkelagenda.Web"];

    /// <summary>
    /// Who reads the overview: each municipality's leerplichtambtenaar and each SWV's staff, each of whom Agenda.Api gives
    /// its own row exactly (a protected count could hide a change); the region, which nobody sees exactly, is the sum
    /// of the municipalities' rows.
    /// </summary>
    private static readonly string[] Lezers = [.. EigenCijfers.Gemeenten, "PO2201", "VO2201"];

    [Fact]
    public async Task A_stop_ends_every_service_and_every_count_is_unchanged_after_restart()
    {
        var peildatum = Meldingen.Today;
        var before = await Settled(peildatum);
        // Only this system's processes: another system (a developer's, another test run) may run on the same machine.
        var services = system.AppHost.ServiceProcessIds(Services);
        Assert.Equal(Services.Length + 1, services.Count); // two silos

        await system.RestartAsync();

        Assert.DoesNotContain(services, pid => File.Exists($"/proc/{pid}/stat"));
        var after = await Overzichten(peildatum, TestContext.Current.CancellationToken);
        Assert.Equivalent(before, after, strict: true);
    }

    /// <summary>The overview as each of <see cref="Lezers"/> reads it.</summary>
    private async Task<Dictionary<string, RegioOverzicht>> Overzichten(DateOnly peildatum, CancellationToken ct)
    {
        var overzichten = new Dictionary<string, RegioOverzicht>();
        foreach (var lezer in Lezers) overzichten[lezer] = await system.AgendaAls(lezer).GetRegioOverzicht(peildatum, ct);
        return overzichten;
    }

    /// <summary>
    /// The overviews once two reads 3 s apart agree: events of earlier tests still on their way (a deadline melding the
    /// scanner sends every 2 s) must not pass for a change the restart made.
    /// </summary>
    private async Task<Dictionary<string, RegioOverzicht>> Settled(DateOnly peildatum)
    {
        var ct = TestContext.Current.CancellationToken;
        var vorige = JsonSerializer.Serialize(await Overzichten(peildatum, ct));
        for (var poging = 0; poging < 20; poging++)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            var nu = await Overzichten(peildatum, ct);
            var tekst = JsonSerializer.Serialize(nu);
            if (tekst == vorige) return nu;
            vorige = tekst;
        }
        throw new InvalidOperationException("The overview kept changing for a minute before the restart.");
    }
}
