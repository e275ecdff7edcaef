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

/// <summary>A school's EED referrals waiting for treatment on the EED page, and reporting the start of treatment.</summary>
public sealed class OpenstaandeEedVerwijzingenTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private static readonly DateOnly Vandaag = new(2026, 12, 1);

    private readonly FakeOndersteuningApi ondersteuning = new();
    /// <summary>An hour by default, so no refresh runs during a test that does not ask for one.</summary>
    private readonly Wijzigingsstroom stroom;
    private readonly OpenstaandeEedVerwijzing langst = new(Guid.NewGuid(), "EED-2026-07", "19SL", new DateOnly(2026, 10, 2), 60);
    private readonly OpenstaandeEedVerwijzing korter = new(Guid.NewGuid(), "EED-2026-11", "19SL", new DateOnly(2026, 11, 21), 10);

    public OpenstaandeEedVerwijzingenTests()
    {
        stroom = this.AddLive(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<IAgendaApi>(new FakeAgendaApi(_ => throw new NotSupportedException())
        {
            Gemeenten = () => [],
            Scholen = (_, _) => [new SchoolInfo("19SL", "OBS De Regenboog (Kloosterveen)", "BAO", "GM0106", "PO2201", 210)],
        });
        Services.AddSingleton<IOndersteuningApi>(ondersteuning);
        Services.AddScoped<MeldenRegister>();
        Antwoord(langst, korter);
        Render<MudPopoverProvider>();
    }

    private void Antwoord(params OpenstaandeEedVerwijzing[] verwijzingen) =>
        ondersteuning.EedWerkvoorraad = brin => DienstAntwoord.Aangenomen(new EedWerkvoorraad(brin, Vandaag, verwijzingen), System.Net.HttpStatusCode.OK);

    /// <summary>Renders the list and picks a school in its school field, as a user choosing a suggestion does.</summary>
    private IRenderedComponent<OpenstaandeEedVerwijzingen> RenderVoor(string brin)
    {
        var lijst = Render<OpenstaandeEedVerwijzingen>();
        var schoolVeld = lijst.FindComponent<MudAutocomplete<string>>();
        lijst.InvokeAsync(() => schoolVeld.Instance.ValueChanged.InvokeAsync(brin));
        return lijst;
    }

    private static string[] Rijen(IRenderedComponent<OpenstaandeEedVerwijzingen> lijst) =>
        [.. lijst.FindAll("[data-verwijzing]").Select(r => r.GetAttribute("data-verwijzing")!)];

    [Fact]
    public void Lists_the_schools_waiting_referrals_in_the_services_order_with_their_days_waiting()
    {
        var lijst = RenderVoor("19SL");

        lijst.WaitForAssertion(() => Assert.Equal([langst.Id.ToString(), korter.Id.ToString()], Rijen(lijst)), WaitLimit);
        var eerste = lijst.FindAll("[data-werkvoorraad] tbody tr")[0].TextContent;
        Assert.Contains("EED-2026-07", eerste);
        Assert.Contains("60", eerste);
        Assert.Contains("2 verwijzingen wachten", lijst.Find("[data-werkvoorraad-aantal]").TextContent);
    }

    [Fact]
    public void Reporting_the_start_posts_the_startdatum_to_that_referral_moves_focus_to_its_form_and_reads_the_list_again()
    {
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-behandelstart='{korter.Id}']")), WaitLimit);

        lijst.Find($"[data-behandelstart='{korter.Id}']").Click();
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Contains("EED-2026-11", lijst.Find("#behandelstart-actie-kop").TextContent);
        lijst.Find("#behandelstart-startdatum").Change("2026-11-25");
        Antwoord(langst);
        lijst.Find("[data-behandelstart-actie] form").Submit();

        lijst.WaitForAssertion(() => Assert.NotNull(lijst.Find("[data-bevestiging]")), WaitLimit);
        var (id, start) = Assert.Single(ondersteuning.Behandelstarts);
        Assert.Equal(korter.Id, id);
        Assert.Equal(new DateOnly(2026, 11, 25), start.Startdatum);
        Assert.NotEqual(Guid.Empty, start.MeldingId);
        Assert.Contains("De behandeling van verwijzing EED-2026-11 is gestart op 25 november 2026", lijst.Find("[data-bevestiging]").TextContent);
        Assert.Equal([langst.Id.ToString()], Rijen(lijst));
    }

    [Fact]
    public void A_refused_startdatum_is_named_next_to_the_field_and_the_list_stays()
    {
        const string Reden = "De startdatum ligt op of na de verwijsdatum (2026-11-21).";
        ondersteuning.StartBehandeling = (_, _) => DienstAntwoord.Ongeldig<EedVerwijzingAangenomen>(("startdatum", Reden));
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll($"[data-behandelstart='{korter.Id}']")), WaitLimit);

        lijst.Find($"[data-behandelstart='{korter.Id}']").Click();
        lijst.Find("#behandelstart-startdatum").Change("2026-11-01");
        lijst.Find("[data-behandelstart-actie] form").Submit();

        lijst.WaitForAssertion(() => Assert.Contains(Reden, lijst.Find("#behandelstart-startdatum-fout").TextContent), WaitLimit);
        Assert.Equal("true", lijst.Find("#behandelstart-startdatum").GetAttribute("aria-invalid"));
        Assert.Empty(lijst.FindAll("[data-bevestiging]"));
        Assert.Equal(2, Rijen(lijst).Length);
    }

    [Fact]
    public void A_school_the_service_does_not_know_is_named_at_the_school_field()
    {
        const string Reden = "De school 98XY staat niet in het register van regio 22.01.";
        ondersteuning.EedWerkvoorraad = _ => DienstAntwoord.Ongeldig<EedWerkvoorraad>(("brin", Reden));

        var lijst = RenderVoor("98XY");

        lijst.WaitForAssertion(() => Assert.Contains(Reden, lijst.Find("#eed-werkvoorraad-brin-fout").TextContent), WaitLimit);
        Assert.Empty(lijst.FindAll("[data-werkvoorraad]"));
        Assert.Empty(lijst.FindAll("[data-melding='onbereikbaar']"));
    }

    [Fact]
    public void An_unreachable_service_is_said_in_dutch_instead_of_a_crash()
    {
        ondersteuning.EedWerkvoorraad = _ => throw new HttpRequestException("Connection refused");

        var lijst = RenderVoor("19SL");

        lijst.WaitForAssertion(() => Assert.Contains("niet bereikbaar", lijst.Find("[data-melding='onbereikbaar']").TextContent), WaitLimit);
        Assert.Empty(lijst.FindAll("[data-werkvoorraad]"));
    }

    [Fact]
    public void A_shown_list_is_read_again_so_a_referral_reported_elsewhere_shows_without_reload()
    {
        var lijst = RenderVoor("19SL");
        lijst.WaitForAssertion(() => Assert.Equal(2, Rijen(lijst).Length), WaitLimit);
        Assert.Contains("Bijgewerkt om 11:00:00", lijst.Find("[data-bijgewerkt]").TextContent);

        Antwoord(langst, korter, korter with { Id = Guid.NewGuid(), Referentie = "EED-2026-12" });
        stroom.Gewijzigd();

        lijst.WaitForAssertion(() => Assert.Equal(3, Rijen(lijst).Length), WaitLimit);
    }

    [Fact]
    public void A_school_still_being_typed_is_not_asked_for_when_something_changes()
    {
        var gevraagd = 0;
        ondersteuning.EedWerkvoorraad = brin =>
        {
            Interlocked.Increment(ref gevraagd);
            return DienstAntwoord.Aangenomen(new EedWerkvoorraad(brin, Vandaag, []), System.Net.HttpStatusCode.OK);
        };

        RenderVoor("19");
        stroom.Gewijzigd();
        Thread.Sleep(300);

        Assert.Equal(0, gevraagd);
    }
}
