using Bunit;
using Intake.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Melden.Pages;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class UploadPageTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    private const string Kop = "casusReferentie;gemeente;soortVerzuim;brin;startdatum\n";

    private readonly FakeLeerplichtApi leerplicht = new();
    private readonly FakeInkoopApi inkoop = new();

    public UploadPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<ILeerplichtApi>(leerplicht);
        Services.AddSingleton<IInkoopApi>(inkoop);
        Services.AddScoped<IUploadSoort, ThuiszitterUpload>();
        Services.AddScoped<IUploadSoort, ContractUpload>();
        Render<MudBlazor.MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("melden/upload?soort=thuiszitters");
    }

    [Fact]
    public void A_file_with_a_wrong_row_shows_the_dutch_report_per_row_and_sends_nothing()
    {
        var pagina = Render<UploadPage>();

        pagina.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            Kop + "LP-1;GM0106;absoluut;;2026-10-01\nLP-2;GM0106;langdurig-relatief;;31-02-2026\n", "meldingen.csv"));

        pagina.WaitForAssertion(() => Assert.NotEmpty(pagina.FindAll("[data-uploadfout]")), WaitLimit);
        Assert.Equal(
            ["Rij 3: startdatum: '31-02-2026' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-02."],
            pagina.FindAll("[data-uploadfout]").Select(e => e.TextContent.Trim()));
        Assert.Contains("Er is niets vastgelegd.", pagina.Find("[data-upload-rapport='fout']").TextContent);
        Assert.Empty(pagina.FindAll("[data-upload-verstuur]"));
        Assert.Empty(leerplicht.Gemeld);
    }

    [Fact]
    public void A_clean_file_is_sent_after_confirmation_with_progress_and_a_summary()
    {
        var pagina = Render<UploadPage>();

        pagina.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            Kop + "LP-1;GM0106;absoluut;;2026-10-01\nLP-2;GM1730;langdurig-relatief;19SL;2026-09-01\n", "meldingen.csv"));
        pagina.WaitForAssertion(() => Assert.NotNull(pagina.Find("[data-upload-verstuur]")), WaitLimit);
        Assert.Empty(leerplicht.Gemeld);
        pagina.Find("[data-upload-verstuur]").Click();

        pagina.WaitForAssertion(() => Assert.Equal("2", pagina.Find("[data-upload-aangenomen]").GetAttribute("data-upload-aangenomen")), WaitLimit);
        Assert.Contains("2 van 2 meldingen vastgelegd.", pagina.Find("[data-upload-uitslag]").TextContent);
        Assert.Contains("2 van 2 meldingen verstuurd", pagina.Find("[data-upload-voortgang]").TextContent);
        Assert.Equal(["LP-1", "LP-2"], leerplicht.Gemeld.Select(m => m.CasusReferentie));
    }

    [Fact]
    public void A_kind_whose_rows_name_a_provider_by_id_lists_the_registered_providers_with_their_ids()
    {
        var accare = new Aanbieder(Guid.NewGuid(), "Accare", null, false);
        inkoop.Aanbieders = () => [new(Guid.NewGuid(), "Zorg op School", null, false), accare, new(Guid.NewGuid(), "Ingetrokken BV", null, true)];
        Assert.Empty(Render<UploadPage>().FindAll("[data-aanbieder-ids]"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("melden/upload?soort=contracten");

        var pagina = Render<UploadPage>();

        pagina.WaitForAssertion(() => Assert.Equal(2, pagina.FindAll("[data-aanbieder-ids] tbody tr").Count), WaitLimit);
        var eerste = pagina.FindAll("[data-aanbieder-ids] tbody tr")[0];
        Assert.Equal(["Accare", accare.Id.ToString()], eerste.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain("Ingetrokken BV", pagina.Find("[data-aanbieder-ids]").TextContent);
    }
}
