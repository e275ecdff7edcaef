namespace Ontwikkelagenda.IntegrationTests;

/// <summary>One silo of the test's own cluster and one Agenda.Api against it, for every row of the rights matrix.</summary>
public sealed class AgendaRechtenmatrixFixture(ServersFixture servers) : IAsyncLifetime
{
    private SiloEnvironment? environment;

    public AgendaApiFactory Api { get; private set; } = null!;

    /// <summary>A client without a token.</summary>
    public HttpClient Anoniem { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        Api = new AgendaApiFactory(servers, environment);
        Anoniem = Api.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Anoniem?.Dispose();
        if (Api is not null) await Api.DisposeAsync();
        if (environment is not null) await environment.DisposeAsync();
    }
}
