namespace Agenda.Api.Client;

/// <summary>
/// GET /v1/regio-overzicht: the four municipalities, the two SWVs and the region at one peildatum, protected as one
/// answer for this caller (exact only for the places it has case rights for).
/// </summary>
public sealed record RegioOverzicht(
    DateOnly Peildatum,
    IReadOnlyList<GebiedOverzicht> Gemeenten,
    IReadOnlyList<GebiedOverzicht> Samenwerkingsverbanden,
    BeschermdeDetail Regio);
