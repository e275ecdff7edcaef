using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>GET /v1/benchmarks: the region's jaartelling of a school year next to the benchmarks of the same year.</summary>
public sealed record BenchmarkVergelijking(
    string Schooljaar,
    DateOnly TeltTot,
    JaartellingCijfers Regio,
    IReadOnlyList<BenchmarkRegel> Soorten);
