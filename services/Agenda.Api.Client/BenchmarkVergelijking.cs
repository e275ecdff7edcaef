namespace Agenda.Api.Client;

/// <summary>GET /v1/benchmarks: the region's jaartelling of a school year, per kind, next to the benchmarks of the same year.</summary>
public sealed record BenchmarkVergelijking(
    string Schooljaar,
    DateOnly TeltTot,
    IReadOnlyList<BenchmarkRegel> Soorten);
