namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>The distinct providers with active trajectories at one school, and whether that is above the norm.</summary>
[GenerateSerializer, Immutable]
public sealed record SchoolAanbieders(
    [property: Id(0)] string Brin,
    [property: Id(1)] string Gemeente,
    [property: Id(2)] IReadOnlyList<AanbiederRef> Aanbieders,
    [property: Id(3)] bool BovenNorm);
