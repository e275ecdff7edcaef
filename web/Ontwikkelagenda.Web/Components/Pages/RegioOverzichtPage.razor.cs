using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// The regional overview: figures at a peildatum, fetched again every few seconds while the page
/// is open, suppressed for viewers without case rights.
/// </summary>
public sealed partial class RegioOverzichtPage : IAsyncDisposable
{
    private readonly CancellationTokenSource closing = new();
    private PeriodicTimer? timer;
    private DateOnly peildatum;
    private ProtectedRegioOverzicht? overzicht;
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private ILogger<RegioOverzichtPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        peildatum = Clock.Today();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: start the live loop here.
        if (firstRender)
        {
            timer = new PeriodicTimer(Options.Value.RefreshInterval);
            _ = RefreshWhileOpenAsync(timer);
        }
    }

    private async Task RefreshWhileOpenAsync(PeriodicTimer ticks)
    {
        // Taken once: the source itself is disposed with the page.
        var pageClosed = closing.Token;
        try
        {
            while (await ticks.WaitForNextTickAsync(pageClosed))
            {
                await LoadAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
    }

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var gevraagd = peildatum;
        try
        {
            var antwoord = await AgendaApi.GetRegioOverzicht(gevraagd, closing.Token);
            if (gevraagd != peildatum)
            {
                return; // the peildatum changed while this was under way; the newer load wins
            }
            overzicht = SmallNumberSuppression.Apply(antwoord);
            bijgewerktOm = Clock.Now();
            onbereikbaar = false;
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception)
        {
            // Unreachable, timed out or broken: say so and keep the last figures; the loop tries again.
            // Logged once per outage, not every 2 seconds.
            if (!onbereikbaar)
            {
                Logger.LogWarning(exception, "Regio-overzicht for {Peildatum} could not be fetched from Agenda.Api", gevraagd);
            }
            onbereikbaar = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        timer?.Dispose();
        closing.Dispose();
    }
}
