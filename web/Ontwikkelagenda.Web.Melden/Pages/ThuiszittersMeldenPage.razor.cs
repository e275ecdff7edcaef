using Microsoft.AspNetCore.Components;
using Intake.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Melden.Pages;

/// <summary>
/// The leerplicht office's page: report a case, and the municipality's worklist (read again every few seconds, so a
/// case reported elsewhere or passing its deadline shows) with per case the follow-up forms.
/// </summary>
public sealed partial class ThuiszittersMeldenPage
{
    private IReadOnlyList<Keuze> gemeenten = [];
    private string? gemeente;
    private ThuiszittersWerkvoorraad? werkvoorraad;
    private ThuiszitterInWerkvoorraad? gekozen;

    [Inject] private ILeerplichtApi Leerplicht { get; set; } = default!;
    [Inject] private MeldenRegister Register { get; set; } = default!;

    /// <summary>The worklist's municipality, e.g. <c>?gemeente=GM1730</c> (a code, nothing personal).</summary>
    [SupplyParameterFromQuery(Name = "gemeente")] public string? GemeenteUitAdres { get; set; }

    protected override async Task OnInitializedAsync()
    {
        gemeenten = await Register.Gemeenten();
        gemeente = gemeenten.Any(g => g.Waarde == GemeenteUitAdres) ? GemeenteUitAdres : gemeenten.FirstOrDefault()?.Waarde;
        await LaadAsync();
    }

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        if (gemeente is null) return LeesUitkomst.Overgeslagen;
        werkvoorraad = await Leerplicht.GetWerkvoorraad(gemeente, cancellationToken: pageClosed);
        return LeesUitkomst.Gelezen;
    }

    private async Task OnGemeenteChangedAsync(string? code)
    {
        gemeente = code;
        gekozen = null;
        werkvoorraad = null;
        await LaadAsync();
    }

    private async Task OnGemeldAsync(string gemeldIn)
    {
        if (gemeldIn != gemeente) await OnGemeenteChangedAsync(gemeldIn);
        else await LaadAsync();
    }

    private void OnGekozen(ThuiszitterInWerkvoorraad zaak) => gekozen = zaak;
}
