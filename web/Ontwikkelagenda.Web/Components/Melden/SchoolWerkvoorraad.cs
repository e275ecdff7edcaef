using Intake.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Melden;
using Refit;

namespace Ontwikkelagenda.Web.Components.Melden;

/// <summary>
/// A school's worklist on a Melden page (open EED referrals, running trajectories): the school is chosen in a school
/// field and its list read from the service, a refused BRIN named at the field. A shown list is read again every
/// <see cref="OverzichtOptions.RefreshInterval"/>, so what was reported elsewhere shows; a school still being typed is
/// not asked for. Choosing a row opens the page's follow-up form, whose heading (<see cref="Kop"/>) takes the focus.
/// </summary>
/// <typeparam name="TLijst">The service's answer for one school.</typeparam>
/// <typeparam name="TRij">One row of it.</typeparam>
public abstract class SchoolWerkvoorraad<TLijst, TRij> : ComponentBase, IAsyncDisposable
    where TLijst : class
    where TRij : class
{
    private readonly LiveRefresh live = new();
    private bool kopFocussen;

    /// <param name="formulierNaam">Names the school field's ids (<c>{formulierNaam}-brin</c>).</param>
    protected SchoolWerkvoorraad(string formulierNaam) => SchoolContext = new(formulierNaam, Veldfouten.Geen);

    [Inject] protected MeldenRegister Register { get; set; } = default!;

    [Inject] private AmsterdamClock Clock { get; set; } = default!;

    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;

    protected ElementReference Kop { get; set; }

    protected string? Brin { get; private set; }

    protected FormulierContext SchoolContext { get; private set; }

    protected TLijst? Werkvoorraad { get; private set; }

    protected bool NietBereikbaar { get; private set; }

    protected DateTimeOffset? BijgewerktOm { get; private set; }

    protected bool Laden { get; private set; }

    /// <summary>The row whose follow-up form is open.</summary>
    protected TRij? Gekozen { get; set; }

    /// <summary>The service's list for a whole BRIN.</summary>
    protected abstract Task<IApiResponse<TLijst>> LeesAsync(string brin, CancellationToken cancellationToken);

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
        if (firstRender) live.Start(Options.Value.RefreshInterval, VernieuwAsync, () => InvokeAsync(StateHasChanged));
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

    protected async Task LaadAsync()
    {
        if (Brin is null) return;
        Laden = Werkvoorraad is null;
        try
        {
            var antwoord = MeldingAntwoord<TLijst>.Van(await LeesAsync(Brin, live.PageClosed));
            Werkvoorraad = antwoord.Inhoud;
            SchoolContext = SchoolContext with { Veldfouten = new Veldfouten(antwoord.Veldfouten) };
            NietBereikbaar = !antwoord.Aangenomen && antwoord.Veldfouten.Count == 0;
            if (antwoord.Aangenomen) BijgewerktOm = Clock.Now();
        }
        catch (Exception e) when (Onbereikbaar.Is(e) && !live.PageClosed.IsCancellationRequested)
        {
            NietBereikbaar = true;
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
    private Task VernieuwAsync() => Werkvoorraad is null ? Task.CompletedTask : LaadAsync();

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
