using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Components.Overzicht;
using Ontwikkelagenda.Web.Trend;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// The regional overview for aldermen: the agenda goals per municipality and for the region, and the
/// Thuiszitterspact figures, at a peildatum; fetched again every few seconds while the page is open,
/// protected by Agenda.Api for viewers without case rights. The overview and the agenda come first (they make the first
/// render); the trends and the benchmarks follow in the background, in parallel.
/// </summary>
public sealed partial class RegioOverzichtPage
{
    private DateOnly peildatum;
    private RegioOverzicht? overzicht;
    private AgendaDoelen? agenda;
    private IReadOnlyList<DoelRij>? doelRijen;
    private IReadOnlyList<(string Code, string Naam)> gemeenteKolommen = [];
    private IReadOnlyList<RegioOverzicht>? eerdereMaanden;
    private IReadOnlyDictionary<int, IReadOnlyList<TrendPunt>>? trends;
    private BenchmarkVergelijking? benchmarks;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<RegioOverzichtPage> Logger { get; set; } = default!;

    protected override void OnInitialized() => peildatum = Clock.Today();

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: the background loads start here, so
        // prerendering does not ask for them too.
        if (firstRender) _ = LoadBackgroundAsync(peildatum);
        return Task.CompletedTask;
    }

    private Task AfdrukkenAsync() => JS.InvokeVoidAsync("print").AsTask();

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        eerdereMaanden = null;
        trends = null;
        await LaadAsync();
        _ = LoadBackgroundAsync(gekozen);
    }

    // Unreachable, timed out or broken: a page of figures keeps its last figures whatever went wrong, and says so.
    protected override bool IsOnbereikbaar(Exception exception) => true;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        var gevraagd = peildatum;
        // The agenda changes only with the peildatum; both calls run at the same time.
        var agendaTask = agenda is { } bekend && bekend.Peildatum == gevraagd ? Task.FromResult(bekend) : AgendaApi.GetDoelen(gevraagd, pageClosed);
        var antwoord = await AgendaApi.GetRegioOverzicht(gevraagd, pageClosed);
        var doelen = await agendaTask;
        if (gevraagd != peildatum) return LeesUitkomst.Overgeslagen; // the peildatum changed meanwhile; the newer read wins
        agenda = doelen;
        overzicht = antwoord;
        doelRijen = DoelRijen.Van(antwoord, doelen.Doelen);
        gemeenteKolommen = antwoord.Gemeenten.Select(g => (g.Code, g.Naam)).ToList();
        trends = BuildTrends();
        return LeesUitkomst.Gelezen;
    }

    /// <summary>The eleven earlier month ends for the trends, and the benchmarks: after the first render, in parallel.</summary>
    private async Task LoadBackgroundAsync(DateOnly gevraagd)
    {
        var maanden = MaandReeks.LoadEerdereAsync(AgendaApi, gevraagd, PageClosed);
        var vergelijking = AgendaApi.GetBenchmarks(cancellationToken: PageClosed);
        try
        {
            var geladen = await maanden;
            if (gevraagd == peildatum)
            {
                eerdereMaanden = geladen;
                trends = BuildTrends();
            }
        }
        catch (Exception exception) when (!PageClosed.IsCancellationRequested)
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
        catch (Exception exception) when (!PageClosed.IsCancellationRequested)
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
    /// Per goal the region's value at each of the twelve dates, each month as Agenda.Api protected it. The last point is the live overview's.
    /// </summary>
    private IReadOnlyDictionary<int, IReadOnlyList<TrendPunt>>? BuildTrends()
    {
        if (eerdereMaanden is null || overzicht is null || agenda is null) return null;
        var maanden = eerdereMaanden.Append(overzicht)
            .Select(o => (o.Peildatum, Rijen: DoelRijen.Van(o, agenda.Doelen)))
            .ToList();
        return agenda.Doelen
            .Where(d => d.Kpi is not null)
            .ToDictionary(
                d => d.Nummer,
                d => (IReadOnlyList<TrendPunt>)maanden
                    .Select(m => new TrendPunt(m.Peildatum, m.Rijen.First(r => r.Nummer == d.Nummer).Regio.Waarde))
                    .ToList());
    }
}
