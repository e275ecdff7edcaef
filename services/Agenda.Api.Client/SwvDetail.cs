namespace Agenda.Api.Client;

/// <summary>GET /v1/samenwerkingsverbanden/{code}: one SWV with every KPI at a peildatum, protected unless the caller has case rights for it.</summary>
public sealed record SwvDetail(
    string Code,
    string Naam,
    string Sector,
    BeschermdeDetail Cijfers);
