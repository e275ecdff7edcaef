using Agenda.Api.Client;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The procurement comparison against the hand-counted <see cref="AgendaApiScenario"/>.</summary>
public sealed class AgendaApiInkoopTests(ServersFixture servers)
{
    [Fact]
    public async Task VergelijkingListsProvidersPerMunicipalityAndSchoolTheOverlapAndSchoolsAboveTheNorm()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        var vergelijking = await scenario.Agenda.GetInkoopVergelijking(AgendaApiScenario.Peildatum, TestContext.Current.CancellationToken);

        Assert.Equal((AgendaApiScenario.Peildatum, 6), (vergelijking.Peildatum, vergelijking.NormPerSchool));
        var tynaarlo = vergelijking.PerGemeente.Single(g => g.Gemeente == "GM1730");
        Assert.Equal(("Tynaarlo", 2), (tynaarlo.Naam, tynaarlo.Aantal));
        Assert.Equal(new[] { AgendaApiScenario.AanbiederX, AgendaApiScenario.AanbiederY }.Order(), tynaarlo.Aanbieders.Select(a => a.AanbiederId).Order());
        Assert.Equal([AgendaApiScenario.AanbiederX], vergelijking.PerGemeente.Single(g => g.Gemeente == "GM0106").Aanbieders.Select(a => a.AanbiederId));

        var kristal = vergelijking.PerSchool.Single(s => s.Brin == "57CY");
        Assert.Equal(("Daltonschool Het Kristal (Vries)", "GM1730", 7, true), (kristal.Naam, kristal.Gemeente, kristal.Aantal, kristal.BovenNorm));
        var horizon = vergelijking.PerSchool.Single(s => s.Brin == "25LL");
        Assert.Equal((1, false), (horizon.Aantal, horizon.BovenNorm));
        Assert.Equal(["57CY"], vergelijking.PerSchool.Where(s => s.BovenNorm).Select(s => s.Brin));
        Assert.Equal(1, vergelijking.ScholenBovenNorm);

        var x = vergelijking.Overlap.Single(o => o.AanbiederId == AgendaApiScenario.AanbiederX);
        Assert.Equal(["GM0106", "GM1680", "GM1730", "GM1731"], x.Gemeenten);
        Assert.Equal((true, false), (x.VoorAlleVier, x.VoorEen));
        var y = vergelijking.Overlap.Single(o => o.AanbiederId == AgendaApiScenario.AanbiederY);
        Assert.Equal(["GM1730"], y.Gemeenten);
        Assert.Equal((false, true), (y.VoorAlleVier, y.VoorEen));
        Assert.Equal((1, 1), (vergelijking.VoorAlleVier, vergelijking.VoorEen));
    }

    [Fact]
    public async Task BeforeAnyContractNoMunicipalityHasProviders()
    {
        await using var scenario = await AgendaApiScenario.StartAsync(servers);

        var vergelijking = await scenario.Agenda.GetInkoopVergelijking(new DateOnly(2025, 8, 31), TestContext.Current.CancellationToken);

        Assert.All(vergelijking.PerGemeente, g => Assert.Equal(0, g.Aantal));
        Assert.All(vergelijking.PerSchool, s => Assert.False(s.BovenNorm));
        Assert.Equal((0, 0, 0), (vergelijking.VoorAlleVier, vergelijking.VoorEen, vergelijking.ScholenBovenNorm));
    }
}
