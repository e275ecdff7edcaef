using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// The faults of the suite, one after another: a silo killed, each server stopped and started, an intake service killed
/// in the middle of requests, and the two silos cut off from each other. Each restarts the part the way an operator
/// would, through the orchestrator's own start command.
/// </summary>
public sealed class Storingen(AspireSystem system)
{
    private static readonly TimeSpan Gezond = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Vasthouden = TimeSpan.FromSeconds(5);
    private static readonly string[] Silos = ["agenda-silo-0", "agenda-silo-1"];

    public IReadOnlyList<Storing> Alle =>
    [
        new("silo gekilld (SIGKILL) en herstart", () => Kill("agenda-silo-0"), () => Start("agenda-silo-0")),
        new("RabbitMQ gestopt en gestart", () => Stop("rabbitmq"), () => Start("rabbitmq")),
        new("PostgreSQL gestopt en gestart", StopPostgres, () => Start(SystemDatabases.Server)),
        new("Redis gestopt en gestart", () => Stop("redis"), () => Start("redis")),
        new("intake-dienst gekilld midden in verzoeken", () => Kill("leerplicht-api"), () => Start("leerplicht-api")),
        new("silo's van elkaar afgesneden en weer verbonden", SnijdSilosAf, VerbindSilos),
    ];

    private async Task Kill(string resource)
    {
        var processen = system.ServiceProcessIds(resource);
        if (processen.Count == 0) throw new InvalidOperationException($"No process of {resource} runs.");
        foreach (var pid in processen) Process.GetProcessById(pid).Kill(); // SIGKILL: no shutdown of any kind
        await system.WaitUntilEnded(resource, Gezond);
        await Task.Delay(Vasthouden);
    }

    private async Task Stop(string resource)
    {
        await system.Command(resource, KnownResourceCommands.StopCommand);
        await Task.Delay(Vasthouden);
    }

    /// <summary>
    /// PostgreSQL's fast shutdown (SIGINT, as <c>pg_ctl stop -m fast</c>): it ends the services' open sessions. The
    /// orchestrator's stop sends SIGTERM, a smart shutdown that waits for every pooled connection to close, so never.
    /// </summary>
    private async Task StopPostgres()
    {
        using (var kill = Process.Start("kill", ["-INT", system.ExecutableProcessId(SystemDatabases.Server).ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        await system.WaitUntilEnded(SystemDatabases.Server, Gezond);
        await Task.Delay(Vasthouden);
    }

    private async Task Start(string resource)
    {
        await system.Command(resource, KnownResourceCommands.StartCommand);
        await system.WaitUntilHealthy(resource, Gezond);
    }

    /// <summary>
    /// Drops every packet to and from the silos' silo-to-silo ports (the gateway ports stay open for Agenda.Api), until
    /// the cluster declares one of them dead: a silo declared dead stops itself, as Orleans means it to.
    /// </summary>
    private async Task SnijdSilosAf()
    {
        // The port each silo binds and advertises to the other (Aspire hands it over; it is not proxied).
        var poorten = string.Join(", ", Silos.Select(s => system.ServiceEnvironment(s, "Orleans__Endpoints__SiloPort")));
        await Firewall.Zet(poorten);
        var eenGestopt = Task.WhenAny(Silos.Select(s => system.WaitUntilEnded(s, Gezond)));
        await Task.WhenAny(eenGestopt, Task.Delay(TimeSpan.FromSeconds(150)));
    }

    private async Task VerbindSilos()
    {
        await Firewall.Verwijder();
        foreach (var silo in Silos)
        {
            // The one the cluster declared dead ended; the other is still healthy and needs nothing.
            if (system.HasEnded(silo)) await Start(silo);
            await system.WaitUntilHealthy(silo, Gezond);
        }
    }
}
