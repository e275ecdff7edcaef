using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>One school from the register: every KPI at a peildatum, its municipality and SWV as links.</summary>
public sealed partial class SchoolPage
{
    private IReadOnlyDictionary<string, string> namen = new Dictionary<string, string>();

    protected override string Sleutel => Brin.ToUpperInvariant();

    protected override Task<SchoolDetail> FetchAsync(string sleutel, DateOnly peildatum, CancellationToken cancellationToken) =>
        AgendaApi.GetSchool(sleutel, peildatum, cancellationToken);

    protected override BeschermdeDetail CijfersVan(SchoolDetail detail) => detail.Cijfers;

    protected override async Task LoadOnceAsync(string sleutel, CancellationToken cancellationToken)
    {
        if (namen.Count > 0) return;
        var gemeenten = await AgendaApi.GetGemeenten(cancellationToken);
        var swvs = await AgendaApi.GetSamenwerkingsverbanden(cancellationToken);
        namen = gemeenten.Select(g => (g.Code, g.Naam)).Concat(swvs.Select(s => (s.Code, s.Naam)))
            .ToDictionary(p => p.Code, p => p.Naam, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The place's name once known; its code until then (the link works either way).</summary>
    private string Naam(string code) => namen.TryGetValue(code, out var naam) ? naam : code;
}
