namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>A provider as the comparisons name it.</summary>
[GenerateSerializer, Immutable]
public sealed record AanbiederRef(
    [property: Id(0)] Guid AanbiederId,
    [property: Id(1)] string Naam);
