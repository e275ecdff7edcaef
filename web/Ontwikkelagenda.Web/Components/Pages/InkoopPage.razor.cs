using Agenda.Api.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Components.Inkoop;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// For procurement officers: providers per municipality and per school, schools above the norm, and the overlap of
/// contracts across the four municipalities, fetched again every few seconds. Provider counts are not about
/// children, so unlike the thuiszitter figures nothing is suppressed here.
/// </summary>
public sealed partial class InkoopPage : IAsyncDisposable
{
    private readonly LiveRefresh live = new();
    private DateOnly peildatum;
    private InkoopVergelijking? vergelijking;
    private IReadOnlyDictionary<string, string> gemeenteNamen = new Dictionary<string, string>();
    private IReadOnlyList<(string Code, string Naam)> kolommen = [];
    private InkoopFilter filter = new();
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private ILogger<InkoopPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        peildatum = Clock.Today();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            live.Start(Options.Value.RefreshInterval, LoadAsync, () => InvokeAsync(StateHasChanged));
        }
    }

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        await LoadAsync();
    }

    private void OnZoektekstChanged(string? tekst) => filter = filter with { Zoektekst = tekst ?? "" };

    private void OnGemeenteChanged(ChangeEventArgs e) => filter = filter with { Gemeente = e.Value as string ?? "" };

    private async Task LoadAsync()
    {
        var gevraagd = peildatum;
        try
        {
            var antwoord = await AgendaApi.GetInkoopVergelijking(gevraagd, live.PageClosed);
            if (gevraagd != peildatum)
            {
                return; // the peildatum changed while this was under way; the newer load wins
            }
            vergelijking = antwoord;
            gemeenteNamen = antwoord.PerGemeente.ToDictionary(g => g.Gemeente, g => g.Naam);
            kolommen = antwoord.PerGemeente.Select(g => (g.Gemeente, g.Naam)).ToList();
            bijgewerktOm = Clock.Now();
            onbereikbaar = false;
        }
        catch (OperationCanceledException) when (live.PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception)
        {
            // Keep the last figures and say so; the loop tries again. Logged once per outage.
            if (!onbereikbaar)
            {
                Logger.LogWarning(exception, "Inkoopvergelijking for {Peildatum} could not be fetched from Agenda.Api", gevraagd);
            }
            onbereikbaar = true;
        }
    }

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
