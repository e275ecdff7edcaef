namespace Ontwikkelagenda.Agenda.Client;

/// <summary>GET /v1/scholen/{brin}: a school from the register with its figures at a peildatum.</summary>
public sealed record SchoolDetail(
    string Brin,
    string Naam,
    string Soort,
    string Gemeente,
    string Samenwerkingsverband,
    int Leerlingen,
    DateOnly Peildatum,
    ThuiszitterCijfers Thuiszitters);
