namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>Every KPI of domain.md for one scope (school, SWV, municipality, region) at one peildatum.</summary>
[GenerateSerializer, Immutable]
public sealed record ScopeKpis(
    [property: Id(0)] DateOnly Peildatum,
    [property: Id(1)] ThuiszitterKpis Thuiszitters,
    [property: Id(2)] ThuiszitterKpis Absoluut,
    [property: Id(3)] ThuiszitterKpis LangdurigRelatief,
    [property: Id(4)] Jaartelling Jaartelling,
    [property: Id(5)] InkoopKpis Inkoop,
    [property: Id(6)] EedKpis Eed,
    [property: Id(7)] RegieKpis Regie,
    [property: Id(8)] TrajectKpis Trajecten,
    [property: Id(9)] IReadOnlyList<DoelStand> Doelen);
