using Ontwikkelagenda.Web.Common.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Intake.Client;
using Ontwikkelagenda.Web.Melden.Components;
using Ontwikkelagenda.Web.Melden;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>A municipality's open complex cases on the complex-cases page: assigning a casusregisseur and closing a case.</summary>
public sealed class OpenComplexeCasussenTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private static readonly DateOnly Vandaag = new(2026, 12, 1);
    private static readonly IReadOnlyList<Keuze> Gemeenten = [new("GM0106", "Assen"), new("GM1730", "Tynaarlo")];

    private readonly FakeOndersteuningApi ondersteuning = new();
    /// <summary>An hour by default, so no refresh runs during a test that does not ask for one.</summary>
    private readonly Wijzigingsstroom stroom;
    private readonly OpenComplexeCasus oud = new(Guid.NewGuid(), "CC-2026-03", new DateOnly(2026, 8, 1), 17, null, true);
    private readonly OpenComplexeCasus metRegisseur = new(Guid.NewGuid(), "CC-2026-09", new DateOnly(2026, 10, 1), 8,
        new Casusregisseur("casusregisseur", "Sociaal team Assen"), false);
    private readonly OpenComplexeCasus tynaarlo = new(Guid.NewGuid(), "CC-2026-12", new DateOnly(2026, 11, 20), 1, null, false);

    public OpenComplexeCasussenTests()
    {
        stroom = this.AddLive(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<IOndersteuningApi>(ondersteuning);
        Antwoord(oud, metRegisseur);
        Render<MudPopoverProvider>();
    }

    private void Antwoord(params OpenComplexeCasus[] assen) =>
        ondersteuning.CasussenWerkvoorraad = gemeente => DienstAntwoord.Aangenomen(
            new ComplexeCasussenWerkvoorraad(gemeente, Vandaag, gemeente == "GM0106" ? assen : [tynaarlo]), System.Net.HttpStatusCode.OK);

    private IRenderedComponent<OpenComplexeCasussen> RenderLijst()
    {
        var lijst = Render<OpenComplexeCasussen>(p => p.Add(l => l.Gemeenten, Gemeenten));
        lijst.WaitForAssertion(() => Assert.NotEmpty(lijst.FindAll("[data-complexe-casus]")), WaitLimit);
        return lijst;
    }

    private static string[] Rijen(IRenderedComponent<OpenComplexeCasussen> lijst) =>
        [.. lijst.FindAll("[data-complexe-casus]").Select(r => r.GetAttribute("data-complexe-casus")!)];

    [Fact]
    public void Lists_the_municipalitys_open_cases_in_the_services_order_and_follows_the_choice_of_municipality()
    {
        var lijst = RenderLijst();

        Assert.Equal([oud.Id.ToString(), metRegisseur.Id.ToString()], Rijen(lijst));
        var rijen = lijst.FindAll("[data-werkvoorraad] tbody tr");
        Assert.Contains("langer dan twaalf weken", rijen[0].TextContent);
        Assert.Equal("geen", rijen[0].QuerySelector("[data-regisseur]")!.GetAttribute("data-regisseur"));
        Assert.Contains("casusregisseur (Sociaal team Assen)", rijen[1].TextContent);
        Assert.Equal("binnen", rijen[1].QuerySelector("[data-termijn]")!.GetAttribute("data-termijn"));

        lijst.Find("#casussen-gemeente").Change("GM1730");

        lijst.WaitForAssertion(() => Assert.Equal([tynaarlo.Id.ToString()], Rijen(lijst)), WaitLimit);
    }

    [Fact]
    public void Assigning_a_casusregisseur_posts_role_organisation_and_date_to_that_case_and_reads_the_list_again()
    {
        var lijst = RenderLijst();

        lijst.Find($"[data-toewijzen='{oud.Id}']").Click();
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Contains("Casusregisseur toewijzen: casus CC-2026-03", lijst.Find("#casus-actie-kop").TextContent);
        lijst.Find("#toewijzing-rol").Change("regisseur jeugd");
        lijst.Find("#toewijzing-organisatie").Change("Gemeente Assen");
        lijst.Find("#toewijzing-datum").Change("2026-11-30");
        Antwoord(oud with { Casusregisseur = new Casusregisseur("regisseur jeugd", "Gemeente Assen") }, metRegisseur);
        lijst.Find("[data-casus-actie] form").Submit();

        lijst.WaitForAssertion(() => Assert.NotNull(lijst.Find("[data-bevestiging]")), WaitLimit);
        var (id, toewijzing) = Assert.Single(ondersteuning.Toewijzingen);
        Assert.Equal(oud.Id, id);
        Assert.Equal(("regisseur jeugd", "Gemeente Assen", new DateOnly(2026, 11, 30)), (toewijzing.Rol, toewijzing.Organisatie, toewijzing.Datum));
        Assert.Contains("Casus CC-2026-03 heeft vanaf 30 november 2026 een casusregisseur: regisseur jeugd (Gemeente Assen).",
            lijst.Find("[data-bevestiging]").TextContent);
        Assert.Contains("regisseur jeugd (Gemeente Assen)", lijst.Find($"[data-complexe-casus='{oud.Id}']").ParentElement!.TextContent);
    }

    [Fact]
    public void Closing_a_case_posts_its_einddatum_to_that_case_and_the_case_leaves_the_list()
    {
        var lijst = RenderLijst();

        lijst.Find($"[data-afsluiten='{metRegisseur.Id}']").Click();
        lijst.Find("#afsluiting-einddatum").Change("2026-12-01");
        Antwoord(oud);
        lijst.Find("[data-casus-actie] form").Submit();

        lijst.WaitForAssertion(() => Assert.NotNull(lijst.Find("[data-bevestiging]")), WaitLimit);
        var (id, afsluiting) = Assert.Single(ondersteuning.Afsluitingen);
        Assert.Equal(metRegisseur.Id, id);
        Assert.Equal(new DateOnly(2026, 12, 1), afsluiting.Einddatum);
        Assert.Contains("Casus CC-2026-09 is afgesloten per 1 december 2026", lijst.Find("[data-bevestiging]").TextContent);
        Assert.Equal([oud.Id.ToString()], Rijen(lijst));
        Assert.Empty(ondersteuning.Toewijzingen);
    }

    [Fact]
    public void A_refused_assignment_names_each_reason_next_to_its_field()
    {
        const string RolReden = "De rol is verplicht.";
        const string DatumReden = "De datum ligt op of na de startdatum van de casus (2026-08-01).";
        ondersteuning.WijsToe = (_, _) => DienstAntwoord.Ongeldig<ComplexeCasusAangenomen>(("rol", RolReden), ("datum", DatumReden));
        var lijst = RenderLijst();

        lijst.Find($"[data-toewijzen='{oud.Id}']").Click();
        lijst.Find("#toewijzing-organisatie").Change("Gemeente Assen");
        lijst.Find("#toewijzing-datum").Change("2026-07-01");
        lijst.Find("[data-casus-actie] form").Submit();

        lijst.WaitForAssertion(() => Assert.Contains(RolReden, lijst.Find("#toewijzing-rol-fout").TextContent), WaitLimit);
        Assert.Contains(DatumReden, lijst.Find("#toewijzing-datum-fout").TextContent);
        Assert.Equal("true", lijst.Find("#toewijzing-datum").GetAttribute("aria-invalid"));
        Assert.NotEqual("true", lijst.Find("#toewijzing-organisatie").GetAttribute("aria-invalid"));
        var (_, verstuurd) = Assert.Single(ondersteuning.Toewijzingen);
        Assert.Null(verstuurd.Rol);
    }

    [Fact]
    public void An_unreachable_service_is_said_in_dutch_instead_of_a_crash()
    {
        ondersteuning.CasussenWerkvoorraad = _ => throw new HttpRequestException("Connection refused");

        var lijst = Render<OpenComplexeCasussen>(p => p.Add(l => l.Gemeenten, Gemeenten));

        lijst.WaitForAssertion(() => Assert.Contains("niet bereikbaar", lijst.Find("[data-melding='onbereikbaar']").TextContent), WaitLimit);
        Assert.Empty(lijst.FindAll("[data-werkvoorraad]"));
    }

    [Fact]
    public void A_case_reported_elsewhere_shows_without_reload_and_the_list_says_when_it_was_read()
    {
        var lijst = RenderLijst();
        Assert.Contains("Bijgewerkt om 11:00:00", lijst.Find("[data-bijgewerkt]").TextContent);

        Antwoord(oud, metRegisseur, tynaarlo with { Id = Guid.NewGuid(), Referentie = "CC-2026-13" });
        stroom.Gewijzigd();

        lijst.WaitForAssertion(() => Assert.Equal(3, Rijen(lijst).Length), WaitLimit);
    }
}
