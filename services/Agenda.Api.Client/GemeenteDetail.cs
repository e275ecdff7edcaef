namespace Agenda.Api.Client;

/// <summary>GET /v1/gemeenten/{code}: one municipality with its denominator and every KPI at a peildatum.</summary>
public sealed record GemeenteDetail(
    string Code,
    string Naam,
    int Jongeren5Tot18,
    string Schooljaar,
    BeschermdeDetail Cijfers);
