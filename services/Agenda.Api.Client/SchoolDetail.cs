namespace Agenda.Api.Client;

/// <summary>GET /v1/scholen/{brin}: a school from the register with every KPI at a peildatum, protected unless the caller has case rights for it.</summary>
public sealed record SchoolDetail(
    string Brin,
    string Naam,
    string Soort,
    string Gemeente,
    string Samenwerkingsverband,
    int Leerlingen,
    BeschermdeDetail Cijfers);
