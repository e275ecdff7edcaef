using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Common.Live;

namespace Ontwikkelagenda.Web.Melden.Components;

/// <summary>
/// A municipality's worklist on a Melden page (running contracts, open complex cases): the municipality is chosen in a
/// select, the first one to begin with, and its list read again on every change (<see cref="Wijzigingsstroom"/>), so
/// what was reported elsewhere shows. Choosing a row opens the page's follow-up form, whose heading
/// (<see cref="Kop"/>) takes the focus.
/// </summary>
public abstract class GemeenteWerkvoorraad : LiveComponent
{
    private bool kopFocussen;

    [Parameter, EditorRequired] public IReadOnlyList<Keuze> Gemeenten { get; set; } = [];

    protected ElementReference Kop { get; set; }

    /// <summary>The chosen municipality's code; null until the choices are known.</summary>
    protected string? Gemeente { get; set; }

    /// <summary>Closes the follow-up form and forgets the shown list when another municipality is chosen.</summary>
    protected abstract void VergeetKeuze();

    protected override async Task OnParametersSetAsync()
    {
        if (Gemeente is not null || Gemeenten.Count == 0) return;
        Gemeente = Gemeenten[0].Waarde;
        await LaadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!kopFocussen) return;
        kopFocussen = false;
        await Kop.FocusAsync();
    }

    protected async Task OnGemeenteChangedAsync(ChangeEventArgs e)
    {
        Gemeente = e.Value?.ToString();
        VergeetKeuze();
        await LaadAsync();
    }

    /// <summary>A row was chosen: its follow-up form opens and takes the focus after this render.</summary>
    protected void FocusOpFormulier() => kopFocussen = true;
}
