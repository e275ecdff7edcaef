using Microsoft.AspNetCore.Components;
using Intake.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Melden;
using Refit;

namespace Ontwikkelagenda.Web.Melden.Components;

/// <summary>
/// A school's worklist on a Melden page (open EED referrals, running trajectories): the school is chosen in a school
/// field and its list read from the service, a refused BRIN named at the field. A shown list is read again on every
/// change (<see cref="Wijzigingsstroom"/>), so what was reported elsewhere shows; a school still being typed is
/// not asked for. Choosing a row opens the page's follow-up form, whose heading (<see cref="Kop"/>) takes the focus.
/// </summary>
/// <typeparam name="TLijst">The service's answer for one school.</typeparam>
/// <typeparam name="TRij">One row of it.</typeparam>
public abstract class SchoolWerkvoorraad<TLijst, TRij> : LiveComponent
    where TLijst : class
    where TRij : class
{
    private bool kopFocussen;

    /// <param name="formulierNaam">Names the school field's ids (<c>{formulierNaam}-brin</c>).</param>
    protected SchoolWerkvoorraad(string formulierNaam) => SchoolContext = new(formulierNaam, Veldfouten.Geen);

    [Inject] protected MeldenRegister Register { get; set; } = default!;

    protected ElementReference Kop { get; set; }

    protected string? Brin { get; private set; }

    protected FormulierContext SchoolContext { get; private set; }

    protected TLijst? Werkvoorraad { get; private set; }

    protected bool Laden { get; private set; }

    /// <summary>The row whose follow-up form is open.</summary>
    protected TRij? Gekozen { get; set; }

    /// <summary>The service's list for a whole BRIN.</summary>
    protected abstract Task<IApiResponse<TLijst>> LeesLijstAsync(string brin, CancellationToken cancellationToken);

    /// <summary>Empties the follow-up form for a newly chosen row.</summary>
    protected abstract void MaakFormulierLeeg();

    /// <summary>Shows the list of this school (after something was reported for it on the same page).</summary>
    public async Task ToonAsync(string school)
    {
        Brin = school;
        Gekozen = null;
        await LaadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!kopFocussen) return;
        kopFocussen = false;
        await Kop.FocusAsync();
    }

    protected async Task OnSchoolChangedAsync(string? school)
    {
        Brin = Invoer.Tekst(school)?.ToUpperInvariant();
        Gekozen = null;
        Werkvoorraad = null;
        SchoolContext = SchoolContext with { Veldfouten = Veldfouten.Geen };
        if (BrinVorm.IsHeel(Brin)) await LaadAsync();
    }

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        if (Brin is null) return LeesUitkomst.Overgeslagen;
        Laden = Werkvoorraad is null;
        try
        {
            var antwoord = MeldingAntwoord<TLijst>.Van(await LeesLijstAsync(Brin, pageClosed));
            Werkvoorraad = antwoord.Inhoud;
            SchoolContext = SchoolContext with { Veldfouten = new Veldfouten(antwoord.Veldfouten) };
            // A refused BRIN is named at the field; only a refusal without field errors means "not reachable".
            return antwoord.Aangenomen ? LeesUitkomst.Gelezen
                : antwoord.Veldfouten.Count > 0 ? LeesUitkomst.Geweigerd
                : LeesUitkomst.Onbereikbaar;
        }
        finally
        {
            Laden = false;
        }
    }

    protected void Kies(TRij rij)
    {
        Gekozen = rij;
        MaakFormulierLeeg();
        kopFocussen = true;
    }

    // Only a list that is shown: a school still being typed is not asked for.
    protected override Task VernieuwAsync() => Werkvoorraad is null ? Task.CompletedTask : LaadAsync();
}
