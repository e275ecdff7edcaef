using Agenda.Domein.Data;
using Agenda.Silo.EventStore;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ontwikkelagenda.Bench.Metingen;
using Ontwikkelagenda.Landelijk;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// ./bench.sh's bulk load of the national events leaves <c>agenda.events</c> as the silo's own event store would
/// have left it, event by event: the same rows, scopes and payloads.
/// </summary>
public sealed class LandelijkeLadingTests(ServersFixture servers) : IDisposable
{
    /// <summary>A small country around 22.01: the comparison appends every event one at a time.</summary>
    private static readonly LandelijkeOmvang Klein = new(Gemeenten: 12, SamenwerkingsverbandenPerSector: 3, Basisscholen: 110, SpeciaalOnderwijs: 14,
        VoScholen: 20, Thuiszitters: 150, Trajecten: 300, Aanbieders: 10, ContractenPerGemeente: 2, EedVerwijzingen: 60);

    private readonly string map = Path.Combine(Path.GetTempPath(), $"landelijk-{Guid.NewGuid():N}");

    [Fact]
    public async Task TheBulkLoadWritesTheRowsTheEventStoreWrites()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var land = LandelijkeDatamap.Schrijf(seed: 12, Path.Combine(AppContext.BaseDirectory, "data"), map, Klein);
        var data = DomeinData.Load(map);

        await using var eenVoorEen = new SiloEnvironment(servers);
        var store = (await eenVoorEen.StartSiloAsync(OpHetRegister(data))).Services.GetRequiredService<IEventStore>();
        foreach (var e in land.Events) await store.Append(e, cancellation);

        await using var inBulk = new SiloEnvironment(servers);
        await inBulk.StartSiloAsync(OpHetRegister(data)); // migrates the schema, then idles
        var lading = await LandelijkeLading.Laad(inBulk.AgendaDbConnectionString, land.Events, data.Referentiedata, cancellation);

        Assert.Equal(land.Events.Count, lading.Events);
        var verwacht = await Rijen(eenVoorEen.AgendaDbConnectionString);
        var geladen = await Rijen(inBulk.AgendaDbConnectionString);
        Assert.Equal(land.Events.Count, verwacht.Count);
        Assert.Equal(verwacht, geladen);
        Assert.Contains(geladen, r => r.Scopes.Contains("regio:22.01") && r.EventType == "ThuiszitterGemeld");
        Assert.Contains(geladen, r => !r.Scopes.Contains("regio:22.01") && r.EventType == "ThuiszitterGemeld");
    }

    /// <summary>The silo on the small country's register instead of its own <c>data/</c>.</summary>
    private static Action<IServiceCollection> OpHetRegister(DomeinData data) => services =>
    {
        services.AddSingleton(data);
        services.AddSingleton(data.Referentiedata);
    };

    private static async Task<List<Rij>> Rijen(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rijen = await connection.QueryAsync<(Guid EventId, string EventType, Guid? EntiteitId, string[] Scopes, string Payload, DateTime OccurredAt)>(
            "select event_id, event_type, entiteit_id, scopes, payload::text, occurred_at from agenda.events order by sequence_number");
        return [.. rijen.Select(r => new Rij(r.EventId, r.EventType, r.EntiteitId, string.Join(",", r.Scopes), r.Payload, r.OccurredAt))];
    }

    /// <summary>A stored row, its scopes joined so that rows compare by value.</summary>
    private sealed record Rij(Guid EventId, string EventType, Guid? EntiteitId, string Scopes, string Payload, DateTime OccurredAt);

    public void Dispose()
    {
        if (Directory.Exists(map)) Directory.Delete(map, recursive: true);
    }
}
