using System.Text;
using Intake.Client;
using Intake.Contracts.Ondersteuning;
using Ontwikkelagenda.Web.Melden.Upload;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>The complex-case and contract uploads: cells that are not plain text fields, and the services' errors placed in the right column.</summary>
public sealed class UploadSoortenTests
{
    private const string ContractKop = "aanbiederId;contractant;soort;soortZorg;kader;startdatum;einddatum;heleGemeente;scholen\n";
    private const string CasusKop = "referentie;gemeente;startdatum;brin;thuiszitterZaakId;casusregisseurRol;casusregisseurOrganisatie\n";
    private static readonly Guid Aanbieder = new("0192a1b2-0000-7000-8000-000000000001");

    private readonly FakeInkoopApi inkoop = new();
    private readonly FakeOndersteuningApi ondersteuning = new();

    private static Task<UploadRapport> Controleer(IUploadSoort soort, string csv) =>
        UploadControle.Controleer(soort, Encoding.UTF8.GetBytes(csv), null, CancellationToken.None);

    [Fact]
    public async Task A_contract_row_sends_ja_as_true_and_the_schools_cell_as_a_list_of_BRINs()
    {
        var rapport = await Controleer(new ContractUpload(inkoop),
            ContractKop + $"{Aanbieder};GM0106;jeugdhulp;Ambulant;jeugdwet;2026-01-01;;nee;19SL 20AB,21CD\n" +
            $"{Aanbieder};subregio;eed;Dyslexiezorg;jeugdwet;1-2-2026;2027-01-01;JA;\n");

        Assert.True(rapport.Schoon);
        var (opScholen, heleGemeente) = (inkoop.Gecontroleerd.First(), inkoop.Gecontroleerd.Last());
        Assert.False(opScholen.HeleGemeente);
        Assert.Equal(["19SL", "20AB", "21CD"], opScholen.Scholen);
        Assert.Null(opScholen.Einddatum);
        Assert.True(heleGemeente.HeleGemeente);
        Assert.Null(heleGemeente.Scholen);
        Assert.Equal(new DateOnly(2026, 2, 1), heleGemeente.Startdatum);
        Assert.Equal(new DateOnly(2027, 1, 1), heleGemeente.Einddatum);
    }

    [Fact]
    public async Task A_heleGemeente_that_is_not_ja_or_nee_and_an_aanbiederId_that_is_no_UUID_are_named_per_row()
    {
        inkoop.Controleer = contract => contract.AanbiederId == Guid.Empty
            ? DienstAntwoord.Ongeldig<Controle>(("aanbiederId", "Het veld aanbiederId is het id (UUID) van een bij deze dienst geregistreerde aanbieder."))
            : DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

        var rapport = await Controleer(new ContractUpload(inkoop),
            ContractKop + "Accare;GM0106;jeugdhulp;Ambulant;jeugdwet;2026-01-01;;misschien;19SL\n");

        Assert.Equal(
            ["Rij 2: heleGemeente: 'misschien' kan hier niet; schrijf ja of nee.",
             "Rij 2: aanbiederId: Het veld aanbiederId is het id (UUID) van een bij deze dienst geregistreerde aanbieder."],
            rapport.Regels);
    }

    [Fact]
    public async Task Every_wrong_school_of_a_contract_is_reported_in_the_scholen_column()
    {
        inkoop.Controleer = _ => DienstAntwoord.Ongeldig<Controle>(
            ("scholen[0]", "De school 98XY staat niet in het register van de regio."),
            ("scholen[1]", "De school 97XY staat niet in het register van de regio."));

        var rapport = await Controleer(new ContractUpload(inkoop),
            ContractKop + $"{Aanbieder};GM0106;jeugdhulp;Ambulant;jeugdwet;2026-01-01;;nee;98XY 97XY\n");

        Assert.Equal(
            ["Rij 2: scholen: De school 98XY staat niet in het register van de regio.",
             "Rij 2: scholen: De school 97XY staat niet in het register van de regio."],
            rapport.Regels);
        Assert.Empty(inkoop.Gesloten);
    }

    [Fact]
    public async Task A_complex_case_without_casusregisseur_sends_none_and_one_with_half_a_casusregisseur_names_its_column()
    {
        ondersteuning.Controleer = casus => casus.Casusregisseur is { Rol: "" }
            ? DienstAntwoord.Ongeldig<Controle>(("casusregisseur.rol", "Het veld rol is leeg."))
            : DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

        var rapport = await Controleer(new ComplexeCasusUpload(ondersteuning),
            CasusKop + "CC-1;GM1731;2026-10-20;;;;\nCC-2;GM1731;2026-10-20;19SL;;;Sociaal team\n");

        Assert.Equal(["Rij 3: casusregisseurRol: Het veld rol is leeg."], rapport.Regels);
        var zonder = ondersteuning.Gecontroleerd.First();
        Assert.Null(zonder.Casusregisseur);
        Assert.Null(zonder.ThuiszitterZaakId);
        Assert.Equal(new CasusregisseurInvoer("", "Sociaal team"), ondersteuning.Gecontroleerd.Last().Casusregisseur);
    }

    [Fact]
    public async Task A_clean_complex_case_file_is_sent_with_its_thuiszitter_case_and_casusregisseur()
    {
        var zaak = Guid.NewGuid();
        var rapport = await Controleer(new ComplexeCasusUpload(ondersteuning),
            CasusKop + $"CC-1;GM1731;2026-10-20;19SL;{zaak};casusregisseur;Sociaal team Midden-Drenthe\n");

        var uitslag = await UploadVerzending.Verstuur(rapport, null, CancellationToken.None);

        Assert.Equal(1, uitslag.Aangenomen);
        var gemeld = Assert.Single(ondersteuning.Gemeld);
        Assert.Equal(zaak, gemeld.ThuiszitterZaakId);
        Assert.Equal(new CasusregisseurInvoer("casusregisseur", "Sociaal team Midden-Drenthe"), gemeld.Casusregisseur);
        Assert.Equal("19SL", gemeld.Brin);
    }
}
