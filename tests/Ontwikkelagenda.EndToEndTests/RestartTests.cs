using Agenda.Api.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An operator stops the system (as Ctrl+C does) and starts it again on the same data.</summary>
[Collection(SystemCollection.Name)]
public sealed class RestartTests(SystemFixture system)
{
    private static readonly string[] Services = ["Agenda.Silo", "Agenda.Api", "Leerplicht.Api", "Inkoop.Api", "Ondersteuning.Api", "Ontwikkelagenda.Web"];

    [Fact]
    public async Task A_stop_ends_every_service_and_every_count_is_unchanged_after_restart()
    {
        var peildatum = Meldingen.Today;
        var before = await system.AgendaLezer
            .GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        // Only this system's processes: another system (a developer's, another test run) may run on the same machine.
        var services = system.AppHost.ServiceProcessIds(Services);
        Assert.Equal(Services.Length + 1, services.Count); // two silos

        await system.RestartAsync();

        Assert.DoesNotContain(services, pid => File.Exists($"/proc/{pid}/stat"));
        var after = await system.AgendaLezer
            .GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        Assert.Equivalent(before, after, strict: true);
    }
}
