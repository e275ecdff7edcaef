using Ontwikkelagenda.Contracts.Referentie;

namespace Agenda.Domein.Data;

/// <summary>The shape of <c>data/benchmarks.json</c>.</summary>
public sealed record BenchmarksBestand(string Versie, string Opmerking, IReadOnlyList<Benchmark> Benchmarks);
