using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>A samenwerkingsverband in the regional overview with every KPI family and its goals' status.</summary>
public sealed record SwvOverzicht(
    string Code,
    string Naam,
    ThuiszitterCijfers Thuiszitters,
    ThuiszitterCijfers Absoluut,
    ThuiszitterCijfers LangdurigRelatief,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen);
