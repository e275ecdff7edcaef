using Ontwikkelagenda.Web.Common.Live;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Inkoop;
using Ontwikkelagenda.Web.Components.Pages;

namespace Ontwikkelagenda.Web.Tests;

public sealed class InkoopPageTests : BunitContext
{
    private readonly Wijzigingsstroom stroom;
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    // Generous: the machine is shared; a pass is usually well under a second.
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    private readonly FakeAgendaApi api = new(_ => throw new NotSupportedException());
    private readonly BunitJSModuleInterop bestand;

    public InkoopPageTests()
    {
        stroom = this.AddLive(Nu);
        bestand = JSInterop.SetupModule(Bestand.Module);
        bestand.SetupVoid("downloadBestand", _ => true);
        Services.AddSingleton<IAgendaApi>(api);
        api.InkoopVergelijking = peildatum => InkoopVoorbeeld.Vergelijking(peildatum);
    }

    // MudBlazor components that open popovers need the provider the layout has.
    private IRenderedComponent<InkoopPage> RenderLoaded()
    {
        Render<MudPopoverProvider>();
        var page = Render<InkoopPage>();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-brin]").Count), WaitLimit);
        return page;
    }

    private static List<string> Brins(IRenderedComponent<InkoopPage> page) =>
        page.FindAll("[data-brin]").Select(b => b.GetAttribute("data-brin")!).ToList();

    private static string Rij(IRenderedComponent<InkoopPage> page, string brin) =>
        page.Find($"[data-brin='{brin}']").Closest("tr")!.OuterHtml;

    [Fact]
    public void Schools_above_the_norm_carry_a_boven_norm_label_and_the_school_at_6_does_not()
    {
        var page = RenderLoaded();

        foreach (var brin in new[] { "51GD", "50LC", "31NK" })
        {
            var rij = page.Find($"[data-brin='{brin}']").Closest("tr")!;
            Assert.Contains("boven norm", rij.QuerySelector("[data-boven-norm]")!.TextContent);
            Assert.Contains("boven-norm-rij", rij.ClassName);
        }
        Assert.DoesNotContain("data-boven-norm", Rij(page, "65WY"));
        Assert.DoesNotContain("boven-norm-rij", Rij(page, "65WY"));
        Assert.Equal("3", page.Find("[data-kpi='scholenBovenNorm']").TextContent);
    }

    [Fact]
    public void Filtering_on_a_municipality_keeps_only_its_schools_and_its_row()
    {
        var page = RenderLoaded();

        page.Find("select#inkoop-gemeente").Change("GM0106");

        page.WaitForAssertion(() => Assert.Equal(["65WY", "51GD", "50LC"], Brins(page)), WaitLimit);
        Assert.Equal(["GM0106"], page.FindAll("[data-grid='gemeenten'] [data-gemeente]").Select(g => g.GetAttribute("data-gemeente")));
    }

    [Fact]
    public void Filtering_on_text_matches_school_name_BRIN_or_provider()
    {
        var page = RenderLoaded();

        page.Find("input#inkoop-zoek").Input("meander");
        page.WaitForAssertion(() => Assert.Equal(["31NK"], Brins(page)), WaitLimit);

        page.Find("input#inkoop-zoek").Input("Aanbieder 08");
        page.WaitForAssertion(() => Assert.Equal(["51GD", "50LC"], Brins(page)), WaitLimit);
    }

    [Fact]
    public void Export_holds_the_shown_rows_in_the_shown_order_as_Dutch_CSV()
    {
        var page = RenderLoaded();
        page.Find("select#inkoop-gemeente").Change("GM0106");
        var grid = page.FindComponent<MudDataGrid<SchoolAanbieders>>();
        page.InvokeAsync(() => grid.Instance.SetSortAsync("Aantal", SortDirection.Descending, s => s.Aantal));
        page.WaitForAssertion(() => Assert.Equal(["51GD", "50LC", "65WY"], Brins(page)), WaitLimit);

        page.Find("[data-export='scholen']").Click();

        page.WaitForAssertion(() => Assert.Single(bestand.Invocations["downloadBestand"]), WaitLimit);
        var aanroep = bestand.Invocations["downloadBestand"].Single();
        Assert.Equal("aanbieders-per-school-2026-12-01.csv", aanroep.Arguments[0]);
        Assert.Equal("text/csv;charset=utf-8", aanroep.Arguments[1]);
        var bytes = (byte[])aanroep.Arguments[2]!;
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("BRIN;School;Gemeente;Aantal aanbieders;Boven norm;Aanbieders", regels[0]);
        Assert.Equal(["51GD", "50LC", "65WY"], regels.Skip(1).Select(r => r.Split(';')[0]));
        Assert.StartsWith("51GD;De Aventurijn;Assen;9;ja;", regels[1]);
    }

    [Fact]
    public void Filter_and_sort_stay_when_the_figures_refresh()
    {
        var page = RenderLoaded();
        page.Find("input#inkoop-zoek").Input("De A");
        var grid = page.FindComponent<MudDataGrid<SchoolAanbieders>>();
        page.InvokeAsync(() => grid.Instance.SetSortAsync("Aantal", SortDirection.Ascending, s => s.Aantal));
        page.WaitForAssertion(() => Assert.Equal(["50LC", "51GD"], Brins(page)), WaitLimit);

        // A new school with 7 providers named "De A..." arrives with the next change.
        api.InkoopVergelijking = peildatum => InkoopVoorbeeld.Vergelijking(peildatum, InkoopVoorbeeld.School("77XX", "De Akker", "GM1680", 7));
        stroom.Gewijzigd();

        page.WaitForAssertion(() => Assert.Equal(["77XX", "50LC", "51GD"], Brins(page)), WaitLimit);
    }

    [Fact]
    public void Overlap_matrix_marks_each_contracted_municipality_in_symbol_and_words()
    {
        var page = RenderLoaded();

        var accare = page.Find("[data-overlap] tr[data-aanbieder='Accare']");
        Assert.Equal(4, accare.QuerySelectorAll("td[data-cel]").Count(c => c.TextContent.Contains('✓') && c.TextContent.Contains("gecontracteerd")));
        Assert.Contains("alle vier", accare.TextContent);
        var taalkracht = page.Find("[data-overlap] tr[data-aanbieder='Dyslexiezorg Taalkracht Noord (voorbeeld)']");
        Assert.Contains("✓", taalkracht.QuerySelector("td[data-cel='GM1680']")!.TextContent);
        Assert.Contains("niet gecontracteerd", taalkracht.QuerySelector("td[data-cel='GM0106']")!.TextContent);
        Assert.Contains("één", taalkracht.TextContent);
        // Widest reach first.
        Assert.Equal("Accare", page.FindAll("[data-overlap] tr[data-aanbieder]")[0].GetAttribute("data-aanbieder"));
    }

    [Fact]
    public void Links_schools_and_municipalities_to_their_detail_pages()
    {
        var page = RenderLoaded();

        var rij = page.Find("[data-brin='51GD']").Closest("tr")!;
        Assert.Contains(rij.QuerySelectorAll("a"), a => a.GetAttribute("href") == "scholen/51GD" && a.TextContent == "De Aventurijn");
        Assert.Contains(rij.QuerySelectorAll("a"), a => a.GetAttribute("href") == "gemeenten/GM0106" && a.TextContent == "Assen");
    }
}
