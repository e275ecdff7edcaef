using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>GET /v1/scholen/{brin}: a school from the register with every KPI at a peildatum.</summary>
public sealed record SchoolDetail(
    string Brin,
    string Naam,
    string Soort,
    string Gemeente,
    string Samenwerkingsverband,
    int Leerlingen,
    DateOnly Peildatum,
    ThuiszitterCijfers Thuiszitters,
    ThuiszitterCijfers Absoluut,
    ThuiszitterCijfers LangdurigRelatief,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen);
