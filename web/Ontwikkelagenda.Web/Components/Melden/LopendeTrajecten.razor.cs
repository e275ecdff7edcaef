using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Intake.Client;
using Ontwikkelagenda.Web.Formatting;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Components.Melden;

/// <remarks>A shown list is read again every <see cref="OverzichtOptions.RefreshInterval"/>, so a trajectory reported elsewhere shows.</remarks>
public sealed partial class LopendeTrajecten : IAsyncDisposable
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string> { ["einddatum"] = "Einddatum" };

    private readonly LiveRefresh live = new();
    private ElementReference kop;
    private bool kopFocussen;
    private string? brin;
    private FormulierContext schoolContext = new("trajecten-werkvoorraad", Veldfouten.Geen);
    private TrajectenWerkvoorraad? werkvoorraad;
    private bool onbereikbaar;
    private DateTimeOffset? bijgewerktOm;
    private bool laden;
    private LopendTraject? gekozen;
    private DateOnly? einddatum;

    [Inject] private IOndersteuningApi Ondersteuning { get; set; } = default!;

    [Inject] private MeldenRegister Register { get; set; } = default!;

    [Inject] private AmsterdamClock Clock { get; set; } = default!;

    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;

    /// <summary>Shows the list of this school (after a trajectory was reported for it on the same page).</summary>
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
            var antwoord = MeldingAntwoord<TrajectenWerkvoorraad>.Van(await Ondersteuning.GetTrajectenWerkvoorraad(brin, live.PageClosed));
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

    private void Kies(LopendTraject traject)
    {
        gekozen = traject;
        einddatum = null;
        kopFocussen = true;
    }

    private async Task<Verzending> BeeindigAsync(Guid meldingId)
    {
        if (gekozen is not { } traject) return Verzending.Onbereikbaar;
        var antwoord = MeldingAntwoord<TrajectAangenomen>.Van(
            await Ondersteuning.BeeindigTraject(traject.Id, new TrajectBeeindiging(meldingId, einddatum)));
        return Verzending.Van(antwoord, _ =>
            $"Het traject met {traject.AanbiederNaam} (gestart op {DutchFormat.Date(traject.Startdatum)}) is beëindigd per {Invoer.Datum(einddatum)}; het staat niet meer in de lijst.");
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
