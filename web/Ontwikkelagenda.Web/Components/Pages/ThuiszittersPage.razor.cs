using Agenda.Api.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Privacy;
using Ontwikkelagenda.Web.Trend;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// Open thuiszitter cases by duration per municipality and for the region, with a twelve-month trend; live like the
/// Regio-overzicht (fetched again every few seconds) and suppressed for viewers without case rights.
/// </summary>
public sealed partial class ThuiszittersPage : IAsyncDisposable
{
    private readonly LiveRefresh live = new();
    private DateOnly peildatum;
    private RegioOverzicht? laatste;
    private ProtectedDuurOverzicht? overzicht;
    private IReadOnlyList<RegioOverzicht>? eerdereMaanden;
    private IReadOnlyList<ProtectedDuurOverzicht>? maanden;
    private IReadOnlyList<(string Code, string Naam)> gebieden = [];
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private ILogger<ThuiszittersPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        peildatum = Clock.Today();
        await LoadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: start the live loop and the trend here.
        if (firstRender)
        {
            live.Start(Options.Value.RefreshInterval, LoadAsync, () => InvokeAsync(StateHasChanged));
            _ = LoadTrendAsync(peildatum);
        }
    }

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        eerdereMaanden = null;
        maanden = null;
        await LoadAsync();
        _ = LoadTrendAsync(gekozen);
    }

    private async Task LoadAsync()
    {
        var gevraagd = peildatum;
        try
        {
            var antwoord = await AgendaApi.GetRegioOverzicht(gevraagd, live.PageClosed);
            if (gevraagd != peildatum)
            {
                return; // the peildatum changed while this was under way; the newer load wins
            }
            laatste = antwoord;
            overzicht = DuurSuppression.Apply(antwoord);
            gebieden = [("regio", "Regio 22.01"), .. antwoord.Gemeenten.Select(g => (g.Code, g.Naam))];
            maanden = BuildMaanden();
            bijgewerktOm = Clock.Now();
            onbereikbaar = false;
        }
        catch (OperationCanceledException) when (live.PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception)
        {
            if (!onbereikbaar)
            {
                Logger.LogWarning(exception, "Thuiszitters for {Peildatum} could not be fetched from Agenda.Api", gevraagd);
            }
            onbereikbaar = true;
        }
    }

    private async Task LoadTrendAsync(DateOnly gevraagd)
    {
        try
        {
            var geladen = await MaandReeks.LoadEerdereAsync(AgendaApi, gevraagd, live.PageClosed);
            if (gevraagd != peildatum) return;
            eerdereMaanden = geladen;
            maanden = BuildMaanden();
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) when (live.PageClosed.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (Exception exception)
        {
            Logger.LogWarning(exception, "Trend months before {Peildatum} could not be fetched from Agenda.Api", gevraagd);
        }
    }

    /// <summary>Every month suppressed as a whole, by the same rules as the table; the last month is the live one.</summary>
    private IReadOnlyList<ProtectedDuurOverzicht>? BuildMaanden() =>
        eerdereMaanden is null || laatste is null
            ? null
            : eerdereMaanden.Append(laatste).Select(DuurSuppression.Apply).ToList();

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
