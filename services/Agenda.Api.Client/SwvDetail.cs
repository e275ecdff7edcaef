using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>GET /v1/samenwerkingsverbanden/{code}: one SWV with every KPI at a peildatum.</summary>
public sealed record SwvDetail(
    string Code,
    string Naam,
    string Sector,
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
