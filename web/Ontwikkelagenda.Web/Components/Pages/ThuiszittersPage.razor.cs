using Microsoft.AspNetCore.Components;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Trend;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// Open thuiszitter cases by duration per municipality and for the region, with a twelve-month trend; live like the
/// Regio-overzicht (fetched again every few seconds) and protected by Agenda.Api for viewers without case rights.
/// </summary>
public sealed partial class ThuiszittersPage
{
    private DateOnly peildatum;
    private RegioOverzicht? overzicht;
    private IReadOnlyList<RegioOverzicht>? eerdereMaanden;
    private IReadOnlyList<RegioOverzicht>? maanden;
    private IReadOnlyList<(string Code, string Naam)> gebieden = [];

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private ILogger<ThuiszittersPage> Logger { get; set; } = default!;

    protected override void OnInitialized() => peildatum = Clock.Today();

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        // Only an interactive page has a first render after prerendering: the trend is asked for here.
        if (firstRender) _ = LoadTrendAsync(peildatum);
        return Task.CompletedTask;
    }

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        eerdereMaanden = null;
        maanden = null;
        await LaadAsync();
        _ = LoadTrendAsync(gekozen);
    }

    // A page of figures keeps its last figures whatever went wrong, and says so.
    protected override bool IsOnbereikbaar(Exception exception) => true;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        var gevraagd = peildatum;
        var antwoord = await AgendaApi.GetRegioOverzicht(gevraagd, pageClosed);
        if (gevraagd != peildatum) return LeesUitkomst.Overgeslagen; // the peildatum changed meanwhile; the newer read wins
        overzicht = antwoord;
        gebieden = [("regio", "Regio 22.01"), .. antwoord.Gemeenten.Select(g => (g.Code, g.Naam))];
        maanden = BuildMaanden();
        return LeesUitkomst.Gelezen;
    }

    private async Task LoadTrendAsync(DateOnly gevraagd)
    {
        try
        {
            var geladen = await MaandReeks.LoadEerdereAsync(AgendaApi, gevraagd, PageClosed);
            if (gevraagd != peildatum) return;
            eerdereMaanden = geladen;
            maanden = BuildMaanden();
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) when (PageClosed.IsCancellationRequested)
        {
            // The page was closed.
        }
        catch (Exception exception)
        {
            Logger.LogWarning(exception, "Trend months before {Peildatum} could not be fetched from Agenda.Api", gevraagd);
        }
    }

    /// <summary>Every month as Agenda.Api protected it; the last month is the live one.</summary>
    private IReadOnlyList<RegioOverzicht>? BuildMaanden() =>
        eerdereMaanden is null || overzicht is null ? null : [.. eerdereMaanden.Append(overzicht)];
}
