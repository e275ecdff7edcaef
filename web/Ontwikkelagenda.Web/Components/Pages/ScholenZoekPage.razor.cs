using Agenda.Api.Client;
using Microsoft.AspNetCore.Components;
using Ontwikkelagenda.Web.Components.Gebieden;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>The results of a school search (/scholen?zoek=...), each school a link to its page.</summary>
public sealed partial class ScholenZoekPage
{
    private IReadOnlyList<SchoolInfo>? resultaten;
    private IReadOnlyDictionary<string, string> namen = new Dictionary<string, string>();
    private bool onbereikbaar;

    [SupplyParameterFromQuery(Name = "zoek")]
    public string? Zoek { get; set; }

    [Inject] private IAgendaApi AgendaApi { get; set; } = default!;
    [Inject] private ILogger<ScholenZoekPage> Logger { get; set; } = default!;

    /// <summary>The search term, or null when too short to search with.</summary>
    private string? Term => Zoek?.Trim() is { Length: >= SchoolZoeker.MinimumTekens and <= 100 } term ? term : null;

    protected override async Task OnParametersSetAsync()
    {
        resultaten = null;
        onbereikbaar = false;
        if (Term is not { } term) return;
        try
        {
            resultaten = await AgendaApi.GetScholen(zoek: term);
            if (namen.Count == 0) namen = await NamenAsync();
        }
        catch (Exception exception)
        {
            Logger.LogWarning(exception, "School search could not reach Agenda.Api");
            onbereikbaar = resultaten is null;
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> NamenAsync()
    {
        var gemeenten = await AgendaApi.GetGemeenten();
        var swvs = await AgendaApi.GetSamenwerkingsverbanden();
        return gemeenten.Select(g => (g.Code, g.Naam)).Concat(swvs.Select(s => (s.Code, s.Naam)))
            .ToDictionary(p => p.Code, p => p.Naam, StringComparer.OrdinalIgnoreCase);
    }

    private string Naam(string code) => namen.TryGetValue(code, out var naam) ? naam : code;

    private static string Aantal(int aantal) => aantal switch
    {
        0 => "Geen scholen gevonden",
        1 => "1 school gevonden",
        _ => $"{aantal} scholen gevonden",
    };
}
