using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Intake.Client;
using Ontwikkelagenda.Web.Melden.Components;
using Ontwikkelagenda.Web.Melden;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>The running contracts of a municipality on the contracts page, and ending one of them.</summary>
public sealed class LopendeContractenTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<Keuze> Gemeenten = [new("GM0106", "Assen"), new("GM1730", "Tynaarlo")];

    private readonly FakeInkoopApi inkoop = new();
    /// <summary>An hour by default, so no refresh runs during a test that does not ask for one.</summary>
    private readonly Wijzigingsstroom stroom;
    private readonly Contract accare = Maak("Accare", "GM0106");
    private readonly Contract subregio = Maak("Zorg op School", "subregio") with { HeleGemeente = true, Scholen = [] };

    public LopendeContractenTests()
    {
        stroom = this.AddLive(Nu);
        Services.AddSingleton<IInkoopApi>(inkoop);
        inkoop.Contracten = gemeente => gemeente == "GM0106"
            ? [subregio, accare, Maak("Beëindigd BV", "GM0106") with { Beeindigd = true }, Maak("Ingetrokken BV", "GM0106") with { Ingetrokken = true },
               Maak("Afgelopen BV", "GM0106") with { Einddatum = new DateOnly(2026, 12, 1) }]
            : [subregio];
        Render<MudBlazor.MudPopoverProvider>();
    }

    private static Contract Maak(string aanbieder, string contractant) => new(Guid.NewGuid(), Guid.NewGuid(), aanbieder, contractant,
        "jeugdhulp", "Ambulante jeugdhulp", "jeugdwet", new DateOnly(2026, 1, 1), null, false, false, ["19SL", "20AB"], false);

    private IRenderedComponent<LopendeContracten> RenderLijst() =>
        Render<LopendeContracten>(p => p.Add(l => l.Gemeenten, Gemeenten));

    [Fact]
    public void Lists_only_the_contracts_still_running_for_the_chosen_municipality_and_follows_the_choice()
    {
        var lijst = RenderLijst();

        lijst.WaitForAssertion(() => Assert.Equal(2, lijst.FindAll("[data-contract]").Count), WaitLimit);
        Assert.Equal([accare.Id.ToString(), subregio.Id.ToString()], lijst.FindAll("[data-contract]").Select(r => r.GetAttribute("data-contract")));
        Assert.Contains("Subregio", lijst.Find($"[data-contract='{subregio.Id}']").TextContent);
        Assert.Contains("19SL, 20AB", lijst.Find($"[data-contract='{accare.Id}']").TextContent);

        lijst.Find("#contracten-gemeente").Change("GM1730");

        lijst.WaitForAssertion(() => Assert.Equal([subregio.Id.ToString()], lijst.FindAll("[data-contract]").Select(r => r.GetAttribute("data-contract"))), WaitLimit);
    }

    [Fact]
    public void Ending_a_contract_posts_its_einddatum_to_that_contract_and_reads_the_list_again()
    {
        var lijst = RenderLijst();
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-beeindig='{accare.Id}']")), WaitLimit);

        lijst.Find($"[data-beeindig='{accare.Id}']").Click();
        lijst.Find("#contract-beeindiging-einddatum").Change("2027-01-01");
        inkoop.Contracten = _ => [subregio];
        lijst.Find("[data-contract-beeindigen] form").Submit();

        lijst.WaitForAssertion(() => Assert.NotNull(lijst.Find("[data-bevestiging]")), WaitLimit);
        var (id, beeindiging) = Assert.Single(inkoop.Beeindigd);
        Assert.Equal(accare.Id, id);
        Assert.Equal(new DateOnly(2027, 1, 1), beeindiging.Einddatum);
        Assert.Contains("Het contract met Accare (Ambulante jeugdhulp) is beëindigd per 1 januari 2027.", lijst.Find("[data-bevestiging]").TextContent);
        Assert.Equal([subregio.Id.ToString()], lijst.FindAll("[data-contract]").Select(r => r.GetAttribute("data-contract")));
    }

    [Fact]
    public void A_refused_einddatum_is_named_next_to_the_field()
    {
        const string Reden = "De einddatum ligt na de startdatum (2026-01-01).";
        inkoop.Beeindig = (_, _) => DienstAntwoord.Ongeldig<ContractAangenomen>(("einddatum", Reden));
        var lijst = RenderLijst();
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-beeindig='{accare.Id}']")), WaitLimit);

        lijst.Find($"[data-beeindig='{accare.Id}']").Click();
        lijst.Find("[data-contract-beeindigen] form").Submit();

        lijst.WaitForAssertion(() => Assert.Contains(Reden, lijst.Find("#contract-beeindiging-einddatum-fout").TextContent), WaitLimit);
        Assert.Equal("true", lijst.Find("#contract-beeindiging-einddatum").GetAttribute("aria-invalid"));
        Assert.Equal(2, lijst.FindAll("[data-contract]").Count);
    }

    [Fact]
    public void A_contract_reported_elsewhere_shows_without_reload_and_the_list_says_when_it_was_read()
    {
        var lijst = RenderLijst();
        lijst.WaitForAssertion(() => Assert.Equal(2, lijst.FindAll("[data-contract]").Count), WaitLimit);
        Assert.Contains("Bijgewerkt om 11:00:00", lijst.Find("[data-bijgewerkt]").TextContent);

        var nieuw = Maak("Yorneo", "GM0106");
        inkoop.Contracten = _ => [accare, subregio, nieuw];
        stroom.Gewijzigd();

        lijst.WaitForAssertion(() => Assert.Equal(3, lijst.FindAll("[data-contract]").Count), WaitLimit);
    }
}
