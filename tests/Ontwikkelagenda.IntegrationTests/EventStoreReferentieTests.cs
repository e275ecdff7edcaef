using System.Text.Json;
using Agenda.Contracts.Grains;
using Agenda.Domein;
using Agenda.Domein.Data;
using Agenda.Domein.Feiten;
using Agenda.Domein.Kpis;
using Agenda.Silo.Database;
using Agenda.Silo.EventStore;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Retention (issue 11, point 5) in the event store: no case reference is stored, references stored before migration 4
/// are removed by it, and every KPI the domain folds from the stored events is the same with and without them.
/// </summary>
public sealed class EventStoreReferentieTests(ServersFixture servers)
{
    private static readonly DateOnly Start = new(2026, 1, 15);
    private static readonly string[] Referentievelden = ["casusReferentie", "referentie"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoCaseReferenceIsStoredAndMigrationFourRemovesOldOnesWithEveryKpiUnchanged()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        var store = silo.Services.GetRequiredService<IEventStore>();
        var data = silo.Services.GetRequiredService<DomeinData>();

        // A case corrected, transferred and withdrawn in part, an open one, an EED referral treated, a complex case closed:
        // corrections and withdrawals name event ids, transfers the case id, never the reference.
        var gemeld = Cases.Gemeld(RegioGemeenten.Assen, Start, Cases.SchoolInAssen);
        var gecorrigeerd = gemeld with { EventId = Guid.NewGuid(), Startdatum = Start.AddDays(-20), Corrigeert = gemeld.EventId };
        var overgedragen = Cases.Overgedragen(gemeld, RegioGemeenten.Tynaarlo, Start.AddDays(40));
        var open = Cases.Gemeld(RegioGemeenten.Assen, Start.AddDays(5), Cases.SchoolInAssen);
        var termijn = Cases.TermijnOverschreden(open);
        var ingetrokken = Cases.Gemeld(RegioGemeenten.Assen, Start);
        var verwijzing = Cases.EedVerwijzing(Cases.SchoolInAssen, Start);
        var casus = Cases.ComplexeCasus(RegioGemeenten.Assen, Cases.SchoolInAssen, Start);
        IAgendaEvent[] events =
        [
            gemeld, gecorrigeerd, overgedragen, open, termijn, ingetrokken, Cases.Ingetrokken(ingetrokken.ZaakId, ingetrokken.EventId),
            verwijzing, Cases.EedBehandeling(verwijzing, Start.AddDays(50)), casus, Cases.Casusregisseur(casus, Start.AddDays(3)),
            Cases.CasusAfgesloten(casus, Start.AddDays(90)),
        ];
        foreach (var agendaEvent in events) await store.Append(agendaEvent, Ct);

        await using var dataSource = NpgsqlDataSource.Create(environment.AgendaDbConnectionString);
        Assert.Equal(0, await MetReferentie(dataSource));

        // The store as it was before version 4: every reference in its payload.
        await using (var connection = await dataSource.OpenConnectionAsync(Ct))
        {
            foreach (var agendaEvent in events.Where(e => EventPayload.ReferentieVeld(EventPayload.TypeOf(e)) is not null))
                await connection.ExecuteAsync("update agenda.events set payload = @payload::jsonb where event_id = @EventId",
                    new { payload = EventPayload.Serialize(agendaEvent), agendaEvent.EventId });
            await connection.ExecuteAsync("delete from agenda.schema_versies where versie = 4");
        }
        Assert.Equal(6, await MetReferentie(dataSource));
        Assert.Equal(gemeld.CasusReferentie, ((ThuiszitterGemeld)(await store.ReadEntiteit(gemeld.ZaakId, Ct))[0]).CasusReferentie);
        var kpisVoor = await Kpis(store, data);

        await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).Migrate(Ct);

        Assert.Equal(0, await MetReferentie(dataSource));
        Assert.Null(((ThuiszitterGemeld)(await store.ReadEntiteit(gemeld.ZaakId, Ct))[0]).CasusReferentie);
        Assert.Null(((ComplexeCasusGemeld)(await store.ReadEntiteit(casus.CasusId, Ct))[0]).Referentie);
        Assert.Equal(Json(kpisVoor), Json(await Kpis(store, data)));
        // Not two empty folds: the open case counts in Assen.
        Assert.True(kpisVoor[Scope.Gemeente(RegioGemeenten.Assen.Value).ToString()].Thuiszitters.Open > 0);
    }

    private static async Task<int> MetReferentie(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Ct);
        return await connection.ExecuteScalarAsync<int>("select count(*) from agenda.events where payload ?| @Referentievelden", new { Referentievelden });
    }

    /// <summary>Every KPI of the scopes these events concern, folded from the store as a grain folds them.</summary>
    private static string Json(IReadOnlyDictionary<string, ScopeCijfers> cijfers) => JsonSerializer.Serialize(cijfers, JsonSerializerOptions.Web);

    private static async Task<IReadOnlyDictionary<string, ScopeCijfers>> Kpis(IEventStore store, DomeinData data)
    {
        Scope[] scopes =
        [
            Scope.Regio(IRegioGrain.Key), Scope.Gemeente(RegioGemeenten.Assen.Value), Scope.Gemeente(RegioGemeenten.Tynaarlo.Value),
            Scope.School(Cases.SchoolInAssen), Scope.Swv(Cases.SwvPo),
        ];
        var cijfers = new Dictionary<string, ScopeCijfers>();
        foreach (var scope in scopes)
        {
            var feiten = new ScopeFeiten();
            foreach (var agendaEvent in await store.Read(scope, Ct)) feiten.Apply(agendaEvent);
            cijfers[scope.ToString()] = ScopeKpiCalculator.Bereken(scope, feiten, data, feiten.Voortgangsrapporten, Cases.Peildatum);
        }
        return cijfers;
    }
}
