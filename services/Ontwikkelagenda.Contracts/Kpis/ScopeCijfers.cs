namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// Every KPI family of domain.md for one scope (school, SWV, municipality, region) at one peildatum, goals by
/// number: what the scope grain computes and Agenda.Api answers as it is (the regional overview's <c>regio</c>) or
/// spread into a detail's fields.
/// </summary>
public sealed record ScopeCijfers(
    ThuiszitterCijfers Thuiszitters,
    ThuiszitterCijfers Absoluut,
    ThuiszitterCijfers LangdurigRelatief,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen);
