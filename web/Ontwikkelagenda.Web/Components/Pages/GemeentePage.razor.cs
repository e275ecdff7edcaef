using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>One municipality: every KPI at a peildatum, its schools as links.</summary>
public sealed partial class GemeentePage
{
    private IReadOnlyList<SchoolInfo>? scholen;

    protected override string Sleutel => Code.ToUpperInvariant();

    protected override Task<GemeenteDetail> FetchAsync(string sleutel, DateOnly peildatum, CancellationToken cancellationToken) =>
        AgendaApi.GetGemeente(sleutel, peildatum, cancellationToken);

    protected override BeschermdeDetail CijfersVan(GemeenteDetail detail) => detail.Cijfers;

    protected override async Task LoadOnceAsync(string sleutel, CancellationToken cancellationToken)
    {
        scholen = null;
        scholen = await AgendaApi.GetScholen(gemeente: sleutel, cancellationToken: cancellationToken);
    }
}
