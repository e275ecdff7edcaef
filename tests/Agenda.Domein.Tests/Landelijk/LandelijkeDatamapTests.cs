using Agenda.Domein.Data;
using Agenda.Domein.Referentie;
using Agenda.Domein.Routering;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Landelijk;

namespace Agenda.Domein.Tests.Landelijk;

/// <summary>
/// The data directory ./bench.sh points the silos at: it loads as the silo loads <c>data/</c>, holds region 22.01
/// as it is, and routes the region's events, and only those, to the region's scope.
/// </summary>
public sealed class LandelijkeDatamapTests : IDisposable
{
    private static readonly string RegioMap = Path.Combine(AppContext.BaseDirectory, "data");
    private static readonly Scope RegioScope = Scope.Regio(RegioGemeenten.Regiocode);
    private readonly string map = Path.Combine(Path.GetTempPath(), $"landelijk-{Guid.NewGuid():N}");

    [Fact]
    public void The_silo_loads_the_written_directory_with_the_region_in_it()
    {
        LandelijkeDatamap.Schrijf(seed: 12, RegioMap, map);

        var data = DomeinData.Load(map);
        var regio = DomeinData.Load(RegioMap);
        var register = data.Referentiedata;
        Assert.Equal((340, 150, 7_000), (register.Gemeenten.Count, register.Samenwerkingsverbanden.Count, register.Scholen.Count));
        Assert.Equal(RegioGemeenten.All.Select(g => g.Value).Order(), register.RegioGemeenten.Select(g => g.Code).Order());
        Assert.All(regio.Referentiedata.Scholen, s => Assert.Equal(s, register.SchoolInRegister(s.Brin)));
        Assert.All(regio.Referentiedata.Samenwerkingsverbanden, s => Assert.Contains(s, register.Samenwerkingsverbanden));
        var peildatum = new DateOnly(2026, 1, 1);
        Assert.Equal(regio.Referentiedata.JongerenInRegio(peildatum), register.JongerenInRegio(peildatum));
        Assert.Equal(regio.Referentiedata.LeerlingenVanSwv("PO2201", peildatum), register.LeerlingenVanSwv("PO2201", peildatum));
        Assert.Equal(regio.AgendaVersies.Count, data.AgendaVersies.Count);
        Assert.Equal(regio.Rapportcijfers, data.Rapportcijfers);
    }

    [Fact]
    public void Routing_puts_the_regions_events_in_the_region_scope_and_no_others()
    {
        var dataset = LandelijkeDatamap.Schrijf(seed: 12, RegioMap, map);
        var register = DomeinData.Load(map).Referentiedata;
        var regioScholen = register.Scholen.Where(s => register.InRegio(s.Gemeente)).Select(s => s.Brin).ToHashSet();

        var inRegio = 0;
        foreach (var e in dataset.Events)
        {
            var (gemeente, brin) = EventPlaats.Van(e);
            var vanDeRegio = e is AanbiederGeregistreerd
                || (gemeente is not null && RegioGemeenten.Contains(GemeenteCode.Parse(gemeente)))
                || (brin is not null && regioScholen.Contains(brin));
            var scopes = EventRoute.ScopesFor(e, register);
            Assert.True(vanDeRegio == scopes.Contains(RegioScope), $"{e.GetType().Name} {e.EventId}: {string.Join(", ", scopes)}");
            if (vanDeRegio && e is not AanbiederGeregistreerd) inRegio++;
        }
        // About 4 of 340 municipalities and 100 of 7,000 schools: a region overview with something in it.
        Assert.InRange(inRegio, 500, 3_000);
    }

    public void Dispose()
    {
        if (Directory.Exists(map)) Directory.Delete(map, recursive: true);
    }
}
