using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Trend;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// The regional overview for aldermen: the agenda goals per municipality and for the region, and the
/// Thuiszitterspact figures, at a peildatum; fetched again every few seconds while the page is open,
/// suppressed for viewers without case rights. The overview and the agenda come first (they make the first
/// render); the trends and the benchmarks follow in the background, in parallel.
/// </summary>
public sealed partial class RegioOverzichtPage : IAsyncDisposable
{
    private readonly CancellationTokenSource closing = new();
    private PeriodicTimer? timer;
    private DateOnly peildatum;
    private RegioOverzicht? laatste;
    private ProtectedRegioOverzicht? overzicht;
    private AgendaDoelen? agenda;
    private IReadOnlyList<ProtectedDoelRij>? doelRijen;
    private IReadOnlyList<(string Code, string Naam)> gemeenteKolommen = [];
    private IReadOnlyList<RegioOverzicht>? eerdereMaanden;
    private IReadOnlyDictionary<int, IReadOnlyList<TrendPunt>>? trends;
    private BenchmarkVergelijking? benchmarks;
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<RegioOverzichtPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        peildatum = Clock.Today();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: start the live loop and the
        // background loads here, so prerendering does not ask for them too.
        if (firstRender)
        {
            timer = new PeriodicTimer(Options.Value.RefreshInterval);
            _ = RefreshWhileOpenAsync(timer);
            _ = LoadBackgroundAsync(peildatum);
        }
    }

    private Task AfdrukkenAsync() => JS.InvokeVoidAsync("print").AsTask();

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
        eerdereMaanden = null;
        trends = null;
        await LoadAsync();
        _ = LoadBackgroundAsync(gekozen);
    }

    private async Task LoadAsync()
    {
        var gevraagd = peildatum;
        try
        {
            // The agenda changes only with the peildatum; both calls run at the same time.
            var agendaTask = agenda is { } bekend && bekend.Peildatum == gevraagd ? Task.FromResult(bekend) : AgendaApi.GetDoelen(gevraagd, closing.Token);
            var antwoord = await AgendaApi.GetRegioOverzicht(gevraagd, closing.Token);
            var doelen = await agendaTask;
            if (gevraagd != peildatum)
            {
                return; // the peildatum changed while this was under way; the newer load wins
            }
            laatste = antwoord;
            agenda = doelen;
            overzicht = SmallNumberSuppression.Apply(antwoord);
            doelRijen = DoelSuppression.Apply(antwoord, doelen.Doelen);
            gemeenteKolommen = antwoord.Gemeenten.Select(g => (g.Code, g.Naam)).ToList();
            trends = BuildTrends();
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

    /// <summary>The eleven earlier month ends for the trends, and the benchmarks: after the first render, in parallel.</summary>
    private async Task LoadBackgroundAsync(DateOnly gevraagd)
    {
        var maanden = MaandReeks.LoadEerdereAsync(AgendaApi, gevraagd, closing.Token);
        var vergelijking = AgendaApi.GetBenchmarks(cancellationToken: closing.Token);
        try
        {
            var geladen = await maanden;
            if (gevraagd == peildatum)
            {
                eerdereMaanden = geladen;
                trends = BuildTrends();
            }
        }
        catch (Exception exception) when (!closing.IsCancellationRequested)
        {
            Logger.LogWarning(exception, "Trend months before {Peildatum} could not be fetched from Agenda.Api", gevraagd);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            benchmarks = await vergelijking;
        }
        catch (Exception exception) when (!closing.IsCancellationRequested)
        {
            Logger.LogWarning(exception, "Benchmarks could not be fetched from Agenda.Api");
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(StateHasChanged);
    }

    /// <summary>
    /// Per goal the region's protected value at each of the twelve dates; every month is suppressed as a whole,
    /// by the same rules as the figures beside it. The last point is the live overview's.
    /// </summary>
    private IReadOnlyDictionary<int, IReadOnlyList<TrendPunt>>? BuildTrends()
    {
        if (eerdereMaanden is null || laatste is null || agenda is null) return null;
        var maanden = eerdereMaanden.Append(laatste)
            .Select(o => (o.Peildatum, Rijen: DoelSuppression.Apply(o, agenda.Doelen)))
            .ToList();
        return agenda.Doelen
            .Where(d => d.Kpi is not null)
            .ToDictionary(
                d => d.Nummer,
                d => (IReadOnlyList<TrendPunt>)maanden
                    .Select(m => new TrendPunt(m.Peildatum, m.Rijen.First(r => r.Nummer == d.Nummer).Regio.Waarde))
                    .ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        timer?.Dispose();
        closing.Dispose();
    }
}
