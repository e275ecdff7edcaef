using Microsoft.AspNetCore.Components;
using Agenda.Api.Client;
using Ontwikkelagenda.Web.Components.Inkoop;
using Ontwikkelagenda.Web.Common.Live;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>
/// For procurement officers: providers per municipality and per school, schools above the norm, and the overlap of
/// contracts across the four municipalities, fetched again every few seconds. Provider counts are not about
/// children, so unlike the thuiszitter figures nothing is suppressed here.
/// </summary>
public sealed partial class InkoopPage
{
    private DateOnly peildatum;
    private InkoopVergelijking? vergelijking;
    private IReadOnlyDictionary<string, string> gemeenteNamen = new Dictionary<string, string>();
    private IReadOnlyList<(string Code, string Naam)> kolommen = [];
    private InkoopFilter filter = new();

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;

    protected override void OnInitialized() => peildatum = Clock.Today();

    private async Task OnPeildatumChangedAsync(DateOnly gekozen)
    {
        peildatum = gekozen;
        await LaadAsync();
    }

    private void OnZoektekstChanged(string? tekst) => filter = filter with { Zoektekst = tekst ?? "" };

    private void OnGemeenteChanged(ChangeEventArgs e) => filter = filter with { Gemeente = e.Value as string ?? "" };

    // A page of figures keeps its last figures whatever went wrong, and says so.
    protected override bool IsOnbereikbaar(Exception exception) => true;

    protected override async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
    {
        var gevraagd = peildatum;
        var antwoord = await AgendaApi.GetInkoopVergelijking(gevraagd, pageClosed);
        if (gevraagd != peildatum) return LeesUitkomst.Overgeslagen; // the peildatum changed meanwhile; the newer read wins
        vergelijking = antwoord;
        gemeenteNamen = antwoord.PerGemeente.ToDictionary(g => g.Gemeente, g => g.Naam);
        kolommen = antwoord.PerGemeente.Select(g => (g.Gemeente, g.Naam)).ToList();
        return LeesUitkomst.Gelezen;
    }
}
