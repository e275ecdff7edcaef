using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Pages;

/// <summary>One samenwerkingsverband: every KPI at a peildatum, its schools as links.</summary>
public sealed partial class SamenwerkingsverbandPage
{
    private IReadOnlyList<SchoolInfo>? scholen;

    protected override string Sleutel => Code.ToUpperInvariant();

    protected override Task<SwvDetail> FetchAsync(string sleutel, DateOnly peildatum, CancellationToken cancellationToken) =>
        AgendaApi.GetSamenwerkingsverband(sleutel, peildatum, cancellationToken);

    protected override BeschermdeDetail CijfersVan(SwvDetail detail) => detail.Cijfers;

    protected override async Task LoadOnceAsync(string sleutel, CancellationToken cancellationToken)
    {
        scholen = null;
        // The register has no SWV filter; it is one region's schools, so filtering here is cheap.
        var alle = await AgendaApi.GetScholen(cancellationToken: cancellationToken);
        scholen = [.. alle.Where(s => string.Equals(s.Samenwerkingsverband, sleutel, StringComparison.OrdinalIgnoreCase))];
    }

    private static string SectorNaam(string sector) =>
        sector.Equals("po", StringComparison.OrdinalIgnoreCase) ? "primair onderwijs"
        : sector.Equals("vo", StringComparison.OrdinalIgnoreCase) ? "voortgezet onderwijs"
        : sector;
}
