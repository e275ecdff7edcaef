using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>GET /v1/regio-overzicht: the four municipalities, the two SWVs and the region at one peildatum.</summary>
public sealed record RegioOverzicht(
    DateOnly Peildatum,
    IReadOnlyList<GemeenteOverzicht> Gemeenten,
    IReadOnlyList<SwvOverzicht> Samenwerkingsverbanden,
    ScopeCijfers Regio);
