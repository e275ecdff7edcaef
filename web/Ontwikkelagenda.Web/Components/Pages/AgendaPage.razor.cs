using Microsoft.AspNetCore.Components;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Agenda;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Contracts.Agenda;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// For OOGO partners: each goal of the agenda in force with its owners, target, KPI history and partner reports, and
/// what changed between two OOGO meetings; fetched again every few seconds so a new report shows by itself.
/// </summary>
public sealed partial class AgendaPage
{
    /// <summary>How far back the KPI chart goes.</summary>
    private const int HistorieMaanden = 12;

    private DateOnly peildatum;
    private AgendaDoelen? agenda;
    private Dictionary<int, DoelHistorie> historie = [];
    private IReadOnlyList<OogoOverleg> overleggen = [];
    private (DateOnly Van, DateOnly Tot)? oogoKeuze;
    private OogoWijzigingen? wijzigingen;

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;

    protected override void OnInitialized() => peildatum = Clock.Today();

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        await LaadAsync();
    }

    private async Task OnOogoGekozenAsync((DateOnly Van, DateOnly Tot) keuze)
    {
        oogoKeuze = keuze;
        wijzigingen = null;
        await LaadAsync();
    }

    // Keep what is shown whatever went wrong, and say so.
    protected override bool IsOnbereikbaar(Exception exception) => true;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        var gevraagd = peildatum;
        var keuze = oogoKeuze;
        var agendaTask = AgendaApi.GetDoelen(gevraagd, pageClosed);
        var overleggenTask = AgendaApi.GetOogoOverleggen(pageClosed);
        await Task.WhenAll(agendaTask, overleggenTask);
        var doelen = agendaTask.Result;
        var alleOverleggen = overleggenTask.Result.OrderBy(o => o.Datum).ToList();
        // The user's pair stays; until there is one, the last two meetings up to today.
        keuze ??= OogoKeuze.Standaard(alleOverleggen, Clock.Today());

        var historieTasks = doelen.Doelen.ToDictionary(d => d.Nummer,
            d => AgendaApi.GetDoelHistorie(d.Nummer, gevraagd.AddMonths(-HistorieMaanden), gevraagd, cancellationToken: pageClosed));
        var wijzigingenTask = WijzigingenAsync(keuze, pageClosed);
        await Task.WhenAll([.. historieTasks.Values, wijzigingenTask]);

        if (gevraagd != peildatum || (oogoKeuze is not null && oogoKeuze != keuze))
        {
            return LeesUitkomst.Overgeslagen; // the user chose again while this was under way; the newer read wins
        }
        agenda = doelen;
        overleggen = alleOverleggen;
        oogoKeuze = keuze;
        historie = historieTasks.ToDictionary(h => h.Key, h => h.Value.Result);
        wijzigingen = wijzigingenTask.Result;
        return LeesUitkomst.Gelezen;
    }

    // An invalid pair (van not before tot) is not asked for: the component says what to pick instead.
    private async Task<OogoWijzigingen?> WijzigingenAsync((DateOnly Van, DateOnly Tot)? keuze, CancellationToken ct) =>
        keuze is { } paar && OogoKeuze.IsGeldig(paar.Van, paar.Tot)
            ? await AgendaApi.GetOogoWijzigingen(paar.Van, paar.Tot, ct)
            : null;
}
