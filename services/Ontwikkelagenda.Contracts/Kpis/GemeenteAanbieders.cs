namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>The providers under an active contract (own or subregion) for one municipality.</summary>
[GenerateSerializer, Immutable]
public sealed record GemeenteAanbieders(
    [property: Id(0)] string Gemeente,
    [property: Id(1)] IReadOnlyList<AanbiederRef> Aanbieders);
