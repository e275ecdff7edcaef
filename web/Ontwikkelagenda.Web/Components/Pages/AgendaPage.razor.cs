using Agenda.Api.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Web.Components.Agenda;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// For OOGO partners: each goal of the agenda in force with its owners, target, KPI history and partner reports, and
/// what changed between two OOGO meetings; fetched again every few seconds so a new report shows by itself.
/// </summary>
public sealed partial class AgendaPage : IAsyncDisposable
{
    /// <summary>How far back the KPI chart goes.</summary>
    private const int HistorieMaanden = 12;

    private readonly LiveRefresh live = new();
    private DateOnly peildatum;
    private AgendaDoelen? agenda;
    private Dictionary<int, DoelHistorie> historie = [];
    private IReadOnlyList<OogoOverleg> overleggen = [];
    private (DateOnly Van, DateOnly Tot)? oogoKeuze;
    private OogoWijzigingen? wijzigingen;
    private DateTimeOffset? bijgewerktOm;
    private bool onbereikbaar;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private AmsterdamClock Clock { get; set; } = default!;
    [Inject] private IOptions<OverzichtOptions> Options { get; set; } = default!;
    [Inject] private ILogger<AgendaPage> Logger { get; set; } = default!;

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

    private async Task OnOogoGekozenAsync((DateOnly Van, DateOnly Tot) keuze)
    {
        oogoKeuze = keuze;
        wijzigingen = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var gevraagd = peildatum;
        var keuze = oogoKeuze;
        try
        {
            var ct = live.PageClosed;
            var agendaTask = AgendaApi.GetDoelen(gevraagd, ct);
            var overleggenTask = AgendaApi.GetOogoOverleggen(ct);
            await Task.WhenAll(agendaTask, overleggenTask);
            var doelen = agendaTask.Result;
            var alleOverleggen = overleggenTask.Result.OrderBy(o => o.Datum).ToList();
            // The user's pair stays; until there is one, the last two meetings up to today.
            keuze ??= OogoKeuze.Standaard(alleOverleggen, Clock.Today());

            var historieTasks = doelen.Doelen.ToDictionary(d => d.Nummer,
                d => AgendaApi.GetDoelHistorie(d.Nummer, gevraagd.AddMonths(-HistorieMaanden), gevraagd, cancellationToken: ct));
            var wijzigingenTask = WijzigingenAsync(keuze, ct);
            await Task.WhenAll([.. historieTasks.Values, wijzigingenTask]);

            if (gevraagd != peildatum || (oogoKeuze is not null && oogoKeuze != keuze))
            {
                return; // the user chose again while this was under way; the newer load wins
            }
            agenda = doelen;
            overleggen = alleOverleggen;
            oogoKeuze = keuze;
            historie = historieTasks.ToDictionary(h => h.Key, h => h.Value.Result);
            wijzigingen = wijzigingenTask.Result;
            bijgewerktOm = Clock.Now();
            onbereikbaar = false;
        }
        catch (OperationCanceledException) when (live.PageClosed.IsCancellationRequested)
        {
            // The page was closed while asking.
        }
        catch (Exception exception)
        {
            // Keep what is shown and say so; the loop tries again. Logged once per outage.
            if (!onbereikbaar)
            {
                Logger.LogWarning(exception, "Agenda for {Peildatum} could not be fetched from Agenda.Api", gevraagd);
            }
            onbereikbaar = true;
        }
    }

    // An invalid pair (van not before tot) is not asked for: the component says what to pick instead.
    private async Task<OogoWijzigingen?> WijzigingenAsync((DateOnly Van, DateOnly Tot)? keuze, CancellationToken ct) =>
        keuze is { } paar && OogoKeuze.IsGeldig(paar.Van, paar.Tot)
            ? await AgendaApi.GetOogoWijzigingen(paar.Van, paar.Tot, ct)
            : null;

    public ValueTask DisposeAsync() => live.DisposeAsync();
}
