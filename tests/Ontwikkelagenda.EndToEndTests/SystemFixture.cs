using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Agenda.Api.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Starts the whole system once for the end-to-end tests and stops it afterwards.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-{Guid.NewGuid():N}");

    internal AspireSystem AppHost { get; private set; } = null!;

    private SysteemToegang? toegang;

    /// <summary>The demo organisations' clients of the running system (its Identity.Api's list).</summary>
    internal SysteemToegang Toegang => toegang ??= SysteemToegang.Van(AppHost);

    /// <summary><paramref name="api"/> as demo client <paramref name="clientId"/> (<see cref="SysteemToegang.Van(string)"/>).</summary>
    internal HttpClient Als(string api, string clientId) => Toegang.Client(AppHost, api, clientId);

    /// <summary>Agenda.Api as an overview reader (a municipality's client, which holds the Overzicht right).</summary>
    internal IAgendaApi AgendaLezer => RestService.ForGenerated<IAgendaApi>(Toegang.AgendaLezer(AppHost));

    /// <summary>Agenda.Api as a viewer without case rights for any place: the figures a wethouder's page shows.</summary>
    internal IAgendaApi AgendaKijker => RestService.ForGenerated<IAgendaApi>(Toegang.AgendaKijker(AppHost));

    /// <summary>Agenda.Api as an organisation's own client: exact for its own municipality (or SWV and its schools).</summary>
    internal IAgendaApi AgendaAls(string organisatieCode) =>
        RestService.ForGenerated<IAgendaApi>(Toegang.Client(AppHost, "agenda-api", SysteemToegang.Van(organisatieCode)));

    public async ValueTask InitializeAsync()
    {
        AppHost = new AspireSystem(DataDir, Path.Combine(RepositoryPaths.Artifacts, "apphost.log"), builder =>
        {
            AspireSystem.ScanDeadlinesEveryTwoSeconds(builder);
            AspireSystem.LoginsFromOneAddress(builder);
        });
        await AppHost.StartAsync();
    }

    /// <summary>Stops and starts the system on the same data, as an operator restarting it would.</summary>
    internal async Task RestartAsync()
    {
        await AppHost.StopAsync();
        await AppHost.StartAsync();
        // A restart gives Identity.Api (and every service) new ports: the clients are made anew.
        toegang = null;
    }

    public async ValueTask DisposeAsync()
    {
        await AppHost.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); }
        catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
