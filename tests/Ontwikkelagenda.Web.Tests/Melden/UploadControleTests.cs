using System.Text;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

public sealed class UploadControleTests
{
    private const string Kop = "casusReferentie;gemeente;soortVerzuim;brin;startdatum";

    private readonly FakeLeerplichtApi api = new();

    private Task<UploadRapport> Controleer(string csv) =>
        UploadControle.Controleer(new ThuiszitterUpload(api), Encoding.UTF8.GetBytes(csv), null, CancellationToken.None);

    [Fact]
    public async Task Reports_every_wrong_row_in_dutch_by_spreadsheet_row_and_column()
    {
        var rapport = await Controleer($"{Kop}\nLP-1;GM0106;absoluut;;2026-10-01\n;GM0106;absoluut;;1 oktober\n");

        Assert.False(rapport.Schoon);
        Assert.Equal(
            ["Rij 3: casusReferentie: Leeg; vul uw pseudoniem, nooit een naam of BSN in.",
             "Rij 3: startdatum: '1 oktober' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-02."],
            rapport.Regels);
    }

    [Fact]
    public async Task Adds_the_services_reasons_for_fields_the_local_check_passed()
    {
        api.Controleer = melding => melding.CasusReferentie == "123456782"
            ? DienstAntwoord.Ongeldig<Intake.Client.Controle>(
                ("casusReferentie", "De casusreferentie lijkt een BSN; gebruik een pseudoniem."),
                ("meldingId", "niet voor de gebruiker"))
            : DienstAntwoord.Aangenomen(new Intake.Client.Controle(true), System.Net.HttpStatusCode.OK);

        var rapport = await Controleer($"{Kop}\nLP-1;GM0106;absoluut;;2026-10-01\n123456782;GM0106;absoluut;;2026-10-01\n");

        Assert.Equal(["Rij 3: casusReferentie: De casusreferentie lijkt een BSN; gebruik een pseudoniem."], rapport.Regels);
        Assert.Equal(2, api.Gecontroleerd.Count);
    }

    [Fact]
    public async Task A_file_with_one_wrong_row_sends_nothing()
    {
        var rapport = await Controleer($"{Kop}\nLP-1;GM0106;absoluut;;2026-10-01\nLP-2;GM0106;absoluut;;\n");

        await Assert.ThrowsAsync<InvalidOperationException>(() => UploadVerzending.Verstuur(rapport, null, CancellationToken.None));
        Assert.Empty(api.Gemeld);
    }

    [Fact]
    public async Task Refuses_a_column_that_is_not_in_the_template_without_asking_the_service()
    {
        var rapport = await Controleer($"{Kop};naam\nLP-1;GM0106;absoluut;;2026-10-01;Jan\n");

        Assert.Contains(rapport.Regels, r => r.StartsWith("Kolom 'naam' hoort niet bij het sjabloon voor thuiszitters", StringComparison.Ordinal));
        Assert.Empty(api.Gecontroleerd);
    }

    [Fact]
    public async Task Names_a_missing_required_column()
    {
        var rapport = await Controleer("casusReferentie;gemeente;soortVerzuim;brin\nLP-1;GM0106;absoluut;\n");

        Assert.Equal(["Kolom 'startdatum' ontbreekt in de kopregel (eerste dag van het verzuim, JJJJ-MM-DD)."], rapport.Regels);
    }

    [Fact]
    public async Task Reports_a_row_with_more_cells_than_columns()
    {
        var rapport = await Controleer($"{Kop}\nLP-1;GM0106;absoluut;;2026-10-01;extra\n");

        Assert.StartsWith("Rij 2: Deze rij heeft 6 cellen en de kopregel 5 kolommen", Assert.Single(rapport.Regels));
    }

    [Fact]
    public async Task Accepts_dutch_dates_and_case_insensitive_column_names()
    {
        var rapport = await Controleer("CASUSREFERENTIE;Gemeente;soortverzuim;brin;startdatum\nLP-1;GM0106;absoluut;;5-10-2026\n");

        Assert.True(rapport.Schoon);
        Assert.Equal(new DateOnly(2026, 10, 5), api.Gecontroleerd.Single().Startdatum);
    }

    [Fact]
    public async Task A_clean_file_is_sent_row_by_row_with_meldingIds_from_the_file_so_a_second_upload_repeats_them()
    {
        var csv = $"{Kop}\nLP-1;GM0106;absoluut;;2026-10-01\nLP-2;GM1730;langdurig-relatief;19SL;2026-09-01\n";
        var voortgang = new List<int>();

        var eerste = await Controleer(csv);
        var uitslag = await UploadVerzending.Verstuur(eerste, voortgang.Add, CancellationToken.None);
        var tweede = await Controleer(csv);
        await UploadVerzending.Verstuur(tweede, null, CancellationToken.None);

        Assert.Equal(new UploadVerzending.Uitslag(2, 2, []), uitslag with { Fouten = [] });
        Assert.Empty(uitslag.Fouten);
        Assert.Equal([1, 2], voortgang);
        var ids = api.Gemeld.Select(m => m.MeldingId).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids[..2], ids[2..]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(MeldingIdAfleiding.Voor(MeldingIdAfleiding.Vingerafdruk(Encoding.UTF8.GetBytes(csv)), "thuiszitters", 2), ids[0]);
    }
}
