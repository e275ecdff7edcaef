using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Intake.Client;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Components.Melden;

/// <remarks>A shown list is read again every <see cref="OverzichtOptions.RefreshInterval"/>, so a referral reported elsewhere shows.</remarks>
public sealed partial class OpenstaandeEedVerwijzingen : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["startdatum"] = "Startdatum" };

    private readonly LiveRefresh live = new();
    private ElementReference kop;
    private bool kopFocussen;
    private string? brin;
    private FormulierContext schoolContext = new("eed-werkvoorraad", Veldfouten.Geen);
    private EedWerkvoorraad? werkvoorraad;
    private bool onbereikbaar;
    private DateTimeOffset? bijgewerktOm;
    private bool laden;
    private OpenstaandeEedVerwijzing? gekozen;
    private DateOnly? startdatum;

    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;

    [Inject] private MeldenRegister Register { get; set; } = default!;

    [Inject] private AmsterdamClock Clock { get; set; } = default!;

    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;

    /// <summary>Shows the list of this school (after a referral was reported for it on the same page).</summary>
    public async Task ToonAsync(string school)
    {
        brin = school;
        gekozen = null;
        await LaadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender) live.Start(Options.Value.RefreshInterval, VernieuwAsync);
        if (!kopFocussen) return;
        kopFocussen = false;
        await kop.FocusAsync();
    }

    private async Task OnSchoolChangedAsync(string? school)
    {
        brin = Invoer.Tekst(school)?.ToUpperInvariant();
        gekozen = null;
        werkvoorraad = null;
        schoolContext = schoolContext with { Veldfouten = Veldfouten.Geen };
        if (BrinVorm.IsHeel(brin)) await LaadAsync();
    }

    private async Task LaadAsync()
    {
        if (brin is null) return;
        laden = werkvoorraad is null;
        try
        {
            var antwoord = MeldingAntwoord<EedWerkvoorraad>.Van(await Ondersteuning.GetEedWerkvoorraad(brin, live.PageClosed));
            werkvoorraad = antwoord.Inhoud;
            schoolContext = schoolContext with { Veldfouten = new Veldfouten(antwoord.Veldfouten) };
            onbereikbaar = !antwoord.Aangenomen && antwoord.Veldfouten.Count == 0;
            if (antwoord.Aangenomen) bijgewerktOm = Clock.Now();
        }
        catch (Exception e) when (Onbereikbaar.Is(e) && !live.PageClosed.IsCancellationRequested)
        {
            onbereikbaar = true;
        }
        finally
        {
            laden = false;
        }
    }

    private void Kies(OpenstaandeEedVerwijzing verwijzing)
    {
        gekozen = verwijzing;
        startdatum = null;
        kopFocussen = true;
    }

    private async Task<Verzending> MeldStartAsync(Guid meldingId)
    {
        if (gekozen is not { } verwijzing) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<EedVerwijzingAangenomen>.Van(
            await Ondersteuning.StartEedBehandeling(verwijzing.Id, new EedBehandelstart(meldingId, startdatum)));
        return Verzending.Van(antwoord, _ =>
            $"De behandeling van verwijzing {verwijzing.Referentie} is gestart op {Invoer.Datum(startdatum)}; ze staat niet meer in de lijst.");
    }

    // Only a list that is shown: a school still being typed is not asked for.
    private async Task VernieuwAsync()
    {
        if (werkvoorraad is null) return;
        await LaadAsync();
        await InvokeAsync(StateHasChanged);
    }

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
