namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>For one provider: the region's municipalities it is under active contract for.</summary>
[GenerateSerializer, Immutable]
public sealed record AanbiederOverlap(
    [property: Id(0)] AanbiederRef Aanbieder,
    [property: Id(1)] IReadOnlyList<string> Gemeenten);
