using Microsoft.AspNetCore.Mvc.Testing;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Inkoop.Api.Tests;

/// <summary>
/// Real PostgreSQL and RabbitMQ on free ports, started once per assembly, with Inkoop.Api in process against them and a
/// durable queue bound to the exchanges of its events.
/// </summary>
public sealed class InkoopApiFixture : IAsyncLifetime
{
    private static readonly string[] EventTypes = ["AanbiederGeregistreerd", "ContractGesloten", "ContractBeeindigd", "MeldingIngetrokken"];

    private IntakeServers? servers;
    private WebApplicationFactory<Program>? factory;

    public const string Audience = "inkoop-api";
    public static readonly TestGebruiker SubregioInkoper = TestGebruiker.Inkoper(OrganisatieSoorten.Subregio, "2201");

    /// <summary>
    /// Acts as the inkoper whose contract a request is about: the contractant of the contract in the path, else the one
    /// the body names; the subregion's inkoper for everything else (providers, lists). The rights: <see cref="ToegangTests"/>.
    /// </summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The service's services, for what its routing serves.</summary>
    public IServiceProvider Services => factory!.Services;

    /// <summary>A client without a token.</summary>
    public HttpClient Anoniem { get; private set; } = null!;

    /// <summary>A client that always acts as <paramref name="gebruiker"/>.</summary>
    public HttpClient Als(TestGebruiker gebruiker) => factory!.CreateDefaultClient(new TokenHandler(gebruiker, Audience));

    public PublishedEvents Events { get; private set; } = null!;
    public string DatabaseConnectionString => servers!.DatabaseConnectionString;

    public async ValueTask InitializeAsync()
    {
        servers = await IntakeServers.StartAsync("inkoopdb", TestContext.Current.CancellationToken);
        Events = await PublishedEvents.ListenAsync(servers.RabbitMq.ConnectionString, EventTypes, TestContext.Current.CancellationToken);
        factory = servers.Host<Program>();
        Client = factory.CreateDefaultClient(new TokenHandler(ContractantAsync, Audience));
        Anoniem = factory.CreateClient();
    }

    private async Task<TestGebruiker> ContractantAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var contractant = Verzoekinhoud.Id(request, "contracten") is { } id
            ? await servers!.ScalarAsync("SELECT staat->>'contractant' FROM inkoop.entiteiten WHERE id = @p", id, cancellationToken) as string
            : null;
        contractant ??= await Verzoekinhoud.JsonVeld(request, "contractant", cancellationToken);
        return contractant is null or "subregio" ? SubregioInkoper : TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, contractant);
    }

    public Task<long> CountAsync(string sql, object? parameter = null) => servers!.CountAsync(sql, parameter, TestContext.Current.CancellationToken);

    /// <summary>Rows and events so far, to prove a rejected request changed nothing.</summary>
    public async Task<(long Meldingen, long Entiteiten, int Events)> StandAsync() => (
        await CountAsync("SELECT count(*) FROM inkoop.meldingen"),
        await CountAsync("SELECT count(*) FROM inkoop.entiteiten"),
        await Events.CountAsync());

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        Anoniem?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        if (Events is not null) await Events.DisposeAsync();
        if (servers is not null) await servers.DisposeAsync();
    }
}
