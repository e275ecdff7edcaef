using Microsoft.AspNetCore.Components;
using Intake.Client;
using Ontwikkelagenda.Web.Common.Live;
using Intake.Contracts.Ondersteuning;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Melden.Components;

/// <remarks>Read again on every change (<see cref="Wijzigingsstroom"/>), so a case reported elsewhere shows.</remarks>
public sealed partial class OpenComplexeCasussen
{
    private static readonly IReadOnlyDictionary<string, string> ToewijzingLabels =
        new Dictionary<string, string> { ["rol"] = "Rol", ["organisatie"] = "Organisatie", ["datum"] = "Regisseur vanaf" };

    private static readonly IReadOnlyDictionary<string, string> AfsluitingLabels = new Dictionary<string, string> { ["einddatum"] = "Einddatum" };

    private enum Actie { Toewijzen, Afsluiten }

    private ComplexeCasussenWerkvoorraad? werkvoorraad;
    private OpenComplexeCasus? gekozen;
    private Actie actie;
    private string? rol;
    private string? organisatie;
    private DateOnly? datum;
    private DateOnly? einddatum;

    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;

    /// <summary>Shows the list of this municipality (after a case was reported for it on the same page).</summary>
    public async Task ToonAsync(string code)
    {
        if (code != Gemeente) gekozen = null;
        Gemeente = code;
        await LaadAsync();
    }

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        if (Gemeente is null) return LeesUitkomst.Overgeslagen;
        var antwoord = MeldingAntwoord<ComplexeCasussenWerkvoorraad>.Van(
            await Ondersteuning.GetComplexeCasussenWerkvoorraad(Gemeente, pageClosed));
        // The municipality comes from the select, so any refusal means the list cannot be read now.
        werkvoorraad = antwoord.Inhoud;
        return antwoord.Aangenomen ? LeesUitkomst.Gelezen : LeesUitkomst.Onbereikbaar;
    }

    protected override void VergeetKeuze()
    {
        gekozen = null;
        werkvoorraad = null;
    }

    private void Kies(OpenComplexeCasus casus, Actie gekozenActie)
    {
        gekozen = casus;
        actie = gekozenActie;
        rol = null;
        organisatie = null;
        datum = null;
        einddatum = null;
        FocusOpFormulier();
    }

    private async Task<Verzending> WijsToeAsync(Guid meldingId)
    {
        if (gekozen is not { } casus) return Verzending.Onbereikbaar;
        var toewijzing = new CasusregisseurToewijzing(meldingId, Invoer.Tekst(rol), Invoer.Tekst(organisatie), datum);
        var antwoord = MeldingAntwoord<ComplexeCasusAangenomen>.Van(await Ondersteuning.WijsCasusregisseurToe(casus.Id, toewijzing));
        return Verzending.Van(antwoord, _ =>
            $"Casus {casus.Referentie} heeft vanaf {Invoer.Datum(datum)} een casusregisseur: {toewijzing.Rol} ({toewijzing.Organisatie}).");
    }

    private async Task<Verzending> SluitAfAsync(Guid meldingId)
    {
        if (gekozen is not { } casus) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<ComplexeCasusAangenomen>.Van(
            await Ondersteuning.SluitComplexeCasusAf(casus.Id, new CasusAfsluiting(meldingId, einddatum)));
        return Verzending.Van(antwoord, _ =>
            $"Casus {casus.Referentie} is afgesloten per {Invoer.Datum(einddatum)}; ze staat niet meer in de lijst.");
    }
}
