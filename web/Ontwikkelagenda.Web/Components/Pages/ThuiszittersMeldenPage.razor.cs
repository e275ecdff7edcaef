using Intake.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// The leerplicht office's page: report a case, and the municipality's worklist (read again every few seconds, so a
/// case reported elsewhere or passing its deadline shows) with per case the follow-up forms.
/// </summary>
public sealed partial class ThuiszittersMeldenPage : IAsyncDisposable
{
    private readonly LiveRefresh live = new();
    private IReadOnlyList<Keuze> gemeenten = [];
    private string? gemeente;
    private ThuiszittersWerkvoorraad? werkvoorraad;
    private ThuiszitterInWerkvoorraad? gekozen;
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private ILeerplichtApi Leerplicht { get; set; } = default!;
    [Inject] private MeldenRegister Register { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;

    /// <summary>The worklist's municipality, e.g. <c>?gemeente=GM1730</c> (a code, nothing personal).</summary>
    [SupplyParameterFromQuery(Name = "gemeente")] public string? GemeenteUitAdres { get; set; }

    protected override async Task OnInitializedAsync()
    {
        gemeenten = await Register.Gemeenten();
        gemeente = gemeenten.Any(g => g.Waarde == GemeenteUitAdres) ? GemeenteUitAdres : gemeenten.FirstOrDefault()?.Waarde;
        await LaadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        live.Start(Options.Value.RefreshInterval, LaadAsync, () => InvokeAsync(StateHasChanged));
    }

    private async Task LaadAsync()
    {
        if (gemeente is null) return;
        try
        {
            werkvoorraad = await Leerplicht.GetWerkvoorraad(gemeente, cancellationToken: live.PageClosed);
            bijgewerktOm = Clock.Now();
            onbereikbaar = false;
        }
        catch (Exception e) when (Onbereikbaar.Is(e) && !live.PageClosed.IsCancellationRequested)
        {
            onbereikbaar = true;
        }
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

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
