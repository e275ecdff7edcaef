using Microsoft.AspNetCore.Components;
using MudBlazor;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Melden.Components;

public sealed partial class MeldingFormulier
{
    private ElementReference meldingen;
    private Verzending? uitslag;
    private bool bezig;
    private bool focusOpUitslag;
    private FormulierContext formulierContext = new("formulier", Veldfouten.Geen);

    /// <summary>Unique on the page: the prefix of every input id (<c>{Naam}-{veld}</c>).</summary>
    [Parameter, EditorRequired] public string Naam { get; set; } = "";

    [Parameter, EditorRequired] public string Titel { get; set; } = "";

    [Parameter] public string? Uitleg { get; set; }

    [Parameter] public string KopNiveau { get; set; } = "h2";

    [Parameter] public string KnopTekst { get; set; } = "Versturen";

    /// <summary>The Dutch label per JSON field, for the summary of field errors.</summary>
    [Parameter] public IReadOnlyDictionary<string, string> Labels { get; set; } = new Dictionary<string, string>();

    /// <summary>Sends the form with this fill's meldingId.</summary>
    [Parameter, EditorRequired] public Func<Guid, Task<Verzending>> Verstuur { get; set; } = _ => Task.FromResult(Verzending.Onbereikbaar);

    /// <summary>After a 202: the parent clears its fields and refreshes what shows the new melding.</summary>
    [Parameter] public EventCallback Aangenomen { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>The meldingId of the current fill; a new one only after the service accepted this one.</summary>
    public Guid MeldingId { get; private set; } = Guid.NewGuid();

    private Typo KopTypo => KopNiveau == "h2" ? Typo.h5 : Typo.h6;

    protected override void OnParametersSet() => formulierContext = formulierContext with { Naam = Naam };

    private async Task VerstuurAsync()
    {
        if (bezig) return;
        bezig = true;
        uitslag = null;
        try
        {
            uitslag = await Verstuur(MeldingId);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
                                  or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            uitslag = Verzending.Onbereikbaar;
        }
        finally
        {
            bezig = false;
        }
        formulierContext = formulierContext with { Veldfouten = uitslag.Veldfouten };
        focusOpUitslag = true;
        if (uitslag.Aangenomen)
        {
            MeldingId = Guid.NewGuid();
            await Aangenomen.InvokeAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Screen reader and keyboard users land on what happened: the confirmation or the list of errors.
        if (!focusOpUitslag) return;
        focusOpUitslag = false;
        try
        {
            await meldingen.FocusAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.JSInterop.JSException)
        {
            // Nothing rendered to focus (prerendering or a test renderer): the alert is still announced.
        }
    }
}
