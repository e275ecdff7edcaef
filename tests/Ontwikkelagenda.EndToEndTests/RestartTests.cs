using Ontwikkelagenda.Agenda.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>An operator stops the system with SIGTERM (as Ctrl+C does) and starts it again.</summary>
[Collection(SystemCollection.Name)]
public sealed class RestartTests(SystemFixture system)
{
    [Fact]
    public async Task SigtermStopsEverythingWithin15SecondsAndEveryCountIsUnchangedAfterRestart()
    {
        var peildatum = Meldingen.Today;
        var before = await RestService.ForGenerated<IAgendaApi>(system.AppHost.Url("agenda-api").ToString())
            .GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        var children = ProcessTree.Descendants(system.AppHost.ProcessId);
        Assert.NotEmpty(children);

        var stoppedInTime = await system.RestartAsync();

        Assert.True(stoppedInTime, "AppHost did not stop within 15 seconds of SIGTERM.");
        Assert.DoesNotContain(children, ProcessTree.IsAlive);
        var after = await RestService.ForGenerated<IAgendaApi>(system.AppHost.Url("agenda-api").ToString())
            .GetRegioOverzicht(peildatum, TestContext.Current.CancellationToken);
        Assert.Equivalent(before, after, strict: true);
    }
}
