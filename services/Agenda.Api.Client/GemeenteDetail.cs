namespace Ontwikkelagenda.Agenda.Client;

/// <summary>GET /v1/gemeenten/{code}: one municipality with its denominator and figures.</summary>
public sealed record GemeenteDetail(
    string Code,
    string Naam,
    int Jongeren5Tot18,
    string Schooljaar,
    DateOnly Peildatum,
    ThuiszitterCijfers Thuiszitters);
