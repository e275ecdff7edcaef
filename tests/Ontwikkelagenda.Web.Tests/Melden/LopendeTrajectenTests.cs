using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Agenda.Api.Client;
using Intake.Client;
using Ontwikkelagenda.Web.Melden.Components;
using Ontwikkelagenda.Web.Melden;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>A school's running trajectories on the trajectories page, and reporting that one ended.</summary>
public sealed class LopendeTrajectenTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private static readonly DateOnly Vandaag = new(2026, 12, 1);

    private readonly FakeOndersteuningApi ondersteuning = new();
    /// <summary>An hour by default, so no refresh runs during a test that does not ask for one.</summary>
    private readonly Wijzigingsstroom stroom;
    private readonly LopendTraject oud = new(Guid.NewGuid(), "Accare", "zwaar", "jeugdwet", new DateOnly(2026, 3, 2), 274);
    private readonly LopendTraject jong = new(Guid.NewGuid(), "Yorneo", "licht", "wmo", new DateOnly(2026, 11, 21), 10);

    public LopendeTrajectenTests()
    {
        stroom = this.AddLive(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<IAgendaApi>(new FakeAgendaApi(_ => throw new NotSupportedException())
        {
            Gemeenten = () => [],
            Scholen = (_, _) => [new SchoolInfo("19SL", "OBS De Regenboog (Kloosterveen)", "BAO", "GM0106", "PO2201", 210)],
        });
        Services.AddSingleton<IOndersteuningApi>(ondersteuning);
        Services.AddScoped<MeldenRegister>();
        Antwoord(oud, jong);
        Render<MudPopoverProvider>();
    }

    private void Antwoord(params LopendTraject[] trajecten) =>
        ondersteuning.TrajectenWerkvoorraad = brin => DienstAntwoord.Aangenomen(new TrajectenWerkvoorraad(brin, Vandaag, trajecten), System.Net.HttpStatusCode.OK);

    /// <summary>Renders the list and picks a school in its school field, as a user choosing a suggestion does.</summary>
    private IRenderedComponent<LopendeTrajecten> RenderVoor(string brin)
    {
        var lijst = Render<LopendeTrajecten>();
        var schoolVeld = lijst.FindComponent<MudAutocomplete<string>>();
        lijst.InvokeAsync(() => schoolVeld.Instance.ValueChanged.InvokeAsync(brin));
        return lijst;
    }

    private static string[] Rijen(IRenderedComponent<LopendeTrajecten> lijst) =>
        [.. lijst.FindAll("[data-traject]").Select(r => r.GetAttribute("data-traject")!)];

    [Fact]
    public void Lists_the_schools_running_trajectories_in_the_services_order_with_their_days_active()
    {
        // Youngest first from the service: the list keeps the service's order rather than sorting again.
        Antwoord(jong, oud);

        var lijst = RenderVoor("19SL");

        lijst.WaitForAssertion(() => Assert.Equal([jong.Id.ToString(), oud.Id.ToString()], Rijen(lijst)), WaitLimit);
        var tweede = lijst.FindAll("[data-trajecten-werkvoorraad] tbody tr")[1].TextContent;
        Assert.Contains("Accare", tweede);
        Assert.Contains("Zwaar (jeugdhulp)", tweede);
        Assert.Contains("Jeugdwet", tweede);
        Assert.Contains("2 maart 2026", tweede);
        Assert.Contains("274", tweede);
        Assert.Contains("2 trajecten lopen", lijst.Find("[data-trajecten-aantal]").TextContent);
        Assert.NotEmpty(lijst.FindAll("#trajecten-werkvoorraad-brin"));
    }

    [Fact]
    public void Ending_posts_the_einddatum_to_that_trajectory_moves_focus_to_its_form_and_reads_the_list_again()
    {
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-beeindig-traject='{jong.Id}']")), WaitLimit);

        lijst.Find($"[data-beeindig-traject='{jong.Id}']").Click();
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Contains("Yorneo", lijst.Find("#traject-beeindigen-kop").TextContent);
        Assert.Equal(jong.Id.ToString(), lijst.Find("[data-traject-beeindigen]").GetAttribute("data-traject-beeindigen"));
        lijst.Find("#traject-beeindiging-einddatum").Change("2026-11-28");
        Antwoord(oud);
        lijst.Find("[data-traject-beeindigen] form").Submit();

        lijst.WaitForAssertion(() => Assert.NotNull(lijst.Find("[data-bevestiging]")), WaitLimit);
        var (id, beeindiging) = Assert.Single(ondersteuning.Trajectbeeindigingen);
        Assert.Equal(jong.Id, id);
        Assert.Equal(new DateOnly(2026, 11, 28), beeindiging.Einddatum);
        Assert.NotEqual(Guid.Empty, beeindiging.MeldingId);
        Assert.Contains("Het traject met Yorneo (gestart op 21 november 2026) is beëindigd per 28 november 2026", lijst.Find("[data-bevestiging]").TextContent);
        Assert.Equal([oud.Id.ToString()], Rijen(lijst));
    }

    [Fact]
    public void A_refused_einddatum_is_named_next_to_the_field_and_the_list_stays()
    {
        const string Reden = "De einddatum ligt na de startdatum van het traject (2026-11-21).";
        ondersteuning.BeeindigTrajectAntwoord = (_, _) => DienstAntwoord.Ongeldig<TrajectAangenomen>(("einddatum", Reden));
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-beeindig-traject='{jong.Id}']")), WaitLimit);

        lijst.Find($"[data-beeindig-traject='{jong.Id}']").Click();
        lijst.Find("#traject-beeindiging-einddatum").Change("2026-11-21");
        lijst.Find("[data-traject-beeindigen] form").Submit();

        lijst.WaitForAssertion(() => Assert.Contains(Reden, lijst.Find("#traject-beeindiging-einddatum-fout").TextContent), WaitLimit);
        Assert.Equal("true", lijst.Find("#traject-beeindiging-einddatum").GetAttribute("aria-invalid"));
        Assert.Empty(lijst.FindAll("[data-bevestiging]"));
        Assert.Equal(2, Rijen(lijst).Length);
    }

    [Fact]
    public void A_school_the_service_does_not_know_is_named_at_the_school_field()
    {
        const string Reden = "De school 98XY staat niet in het register van regio 22.01.";
        ondersteuning.TrajectenWerkvoorraad = _ => DienstAntwoord.Ongeldig<TrajectenWerkvoorraad>(("brin", Reden));

        var lijst = RenderVoor("98XY");

        lijst.WaitForAssertion(() => Assert.Contains(Reden, lijst.Find("#trajecten-werkvoorraad-brin-fout").TextContent), WaitLimit);
        Assert.Empty(lijst.FindAll("[data-traject]"));
        Assert.Empty(lijst.FindAll("[data-melding='onbereikbaar']"));
    }

    [Fact]
    public void An_unreachable_service_is_said_in_dutch_instead_of_a_crash()
    {
        ondersteuning.TrajectenWerkvoorraad = _ => throw new HttpRequestException("Connection refused");

        var lijst = RenderVoor("19SL");

        lijst.WaitForAssertion(() => Assert.Contains("niet bereikbaar", lijst.Find("[data-melding='onbereikbaar']").TextContent), WaitLimit);
        Assert.Empty(lijst.FindAll("[data-traject]"));
    }

    [Fact]
    public void A_shown_list_is_read_again_so_a_trajectory_reported_elsewhere_shows_without_reload()
    {
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.Equal(2, Rijen(lijst).Length), WaitLimit);
        Assert.Contains("Bijgewerkt om 11:00:00", lijst.Find("[data-bijgewerkt]").TextContent);

        var nieuw = jong with { Id = Guid.NewGuid(), AanbiederNaam = "Karakter" };
        Antwoord(oud, jong, nieuw);
        stroom.Gewijzigd();

        lijst.WaitForAssertion(() => Assert.Equal([oud.Id.ToString(), jong.Id.ToString(), nieuw.Id.ToString()], Rijen(lijst)), WaitLimit);
        Assert.Contains("Karakter", lijst.Find($"[data-traject='{nieuw.Id}']").TextContent);
    }

    [Fact]
    public void A_school_still_being_typed_is_not_asked_for_when_something_changes()
    {
        var gevraagd = 0;
        ondersteuning.TrajectenWerkvoorraad = brin =>
        {
            Interlocked.Increment(ref gevraagd);
            return DienstAntwoord.Aangenomen(new TrajectenWerkvoorraad(brin, Vandaag, []), System.Net.HttpStatusCode.OK);
        };

        RenderVoor("19");
        stroom.Gewijzigd();
        Thread.Sleep(300);

        Assert.Equal(0, gevraagd);
    }
}
