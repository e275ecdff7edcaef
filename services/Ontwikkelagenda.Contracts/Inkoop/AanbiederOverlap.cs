using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Contracts.Inkoop;

/// <summary>For one provider: the region's municipalities it is under active contract for.</summary>
public sealed record AanbiederOverlap(
    Aanbieder Aanbieder,
    IReadOnlyList<string> Gemeenten);
