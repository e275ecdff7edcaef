using Agenda.Api.Client;
using Bunit;
using Intake.Client;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Melden.Components;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class ThuiszitterFormulierTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private const string StartdatumReden = "De startdatum ligt in de toekomst (vandaag is 2026-12-01).";
    private const string ReferentieReden = "De casusreferentie is 3 tot 40 tekens: letters, cijfers en -_./, met minstens één cijfer.";

    private readonly FakeLeerplichtApi leerplicht = new();

    public ThuiszitterFormulierTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<IAgendaApi>(new FakeAgendaApi(_ => throw new NotSupportedException())
        {
            Gemeenten = () => [new GemeenteInfo("GM0106", "Assen", 9_400, "2016-2017"), new GemeenteInfo("GM1730", "Tynaarlo", 5_270, "2016-2017")],
            Scholen = (_, _) => [],
        });
        Services.AddSingleton<ILeerplichtApi>(leerplicht);
        Services.AddScoped<MeldenRegister>();
        leerplicht.Meld = _ => DienstAntwoord.Ongeldig<ThuiszitterAangenomen>(("casusReferentie", ReferentieReden), ("startdatum", StartdatumReden));
        Render<MudBlazor.MudPopoverProvider>();
    }

    [Fact]
    public void A_400_shows_each_reason_at_its_field_and_all_of_them_in_a_summary_at_the_top()
    {
        var formulier = Render<ThuiszitterFormulier>(p => p.Add(f => f.Gemeente, "GM0106"));

        formulier.Find("form").Submit();

        formulier.WaitForAssertion(() => Assert.NotNull(formulier.Find("[data-foutsamenvatting]")), WaitLimit);
        var samenvatting = formulier.Find("[data-foutsamenvatting]").TextContent;
        Assert.Contains("De melding is niet vastgelegd.", samenvatting);
        Assert.Contains($"Casusreferentie: {ReferentieReden}", samenvatting);
        Assert.Contains($"Startdatum: {StartdatumReden}", samenvatting);

        var startdatum = formulier.Find("#thuiszitter-startdatum");
        Assert.Equal("true", startdatum.GetAttribute("aria-invalid"));
        Assert.Contains("thuiszitter-startdatum-fout", startdatum.GetAttribute("aria-describedby"));
        Assert.Contains(StartdatumReden, formulier.Find("#thuiszitter-startdatum-fout").TextContent);
        Assert.Contains(ReferentieReden, formulier.Find("#thuiszitter-casusReferentie-fout").TextContent);
        // A field the service did not name is not marked.
        Assert.NotEqual("true", formulier.Find("#thuiszitter-brin").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Sends_the_form_as_the_service_expects_it_and_keeps_the_meldingId_until_it_is_accepted()
    {
        var formulier = Render<ThuiszitterFormulier>(p => p.Add(f => f.Gemeente, "GM0106"));

        formulier.Find("form").Submit();
        formulier.WaitForAssertion(() => Assert.Single(leerplicht.Gemeld), WaitLimit);
        leerplicht.Meld = _ => DienstAntwoord.Aangenomen(new ThuiszitterAangenomen(Guid.NewGuid()));
        formulier.Find("form").Submit();
        formulier.WaitForAssertion(() => Assert.NotNull(formulier.Find("[data-bevestiging]")), WaitLimit);
        formulier.Find("form").Submit();
        formulier.WaitForAssertion(() => Assert.Equal(3, leerplicht.Gemeld.Count), WaitLimit);

        var verstuurd = leerplicht.Gemeld.ToList();
        Assert.Equal("GM0106", verstuurd[0].Gemeente);
        Assert.Null(verstuurd[0].CasusReferentie);
        Assert.Equal(verstuurd[0].MeldingId, verstuurd[1].MeldingId);
        Assert.NotEqual(verstuurd[1].MeldingId, verstuurd[2].MeldingId);
        Assert.Empty(formulier.FindAll("[data-foutsamenvatting]"));
    }

    [Fact]
    public void A_409_shows_the_services_detail()
    {
        leerplicht.Meld = _ => DienstAntwoord.Probleem<ThuiszitterAangenomen>(System.Net.HttpStatusCode.Conflict,
            """{"title":"Conflict","status":409,"detail":"De meldingId is al gebruikt voor een andere soort melding."}""");
        var formulier = Render<ThuiszitterFormulier>();

        formulier.Find("form").Submit();

        formulier.WaitForAssertion(() =>
            Assert.Equal("De meldingId is al gebruikt voor een andere soort melding.", formulier.Find("[data-probleem]").TextContent.Trim()), WaitLimit);
    }
}
