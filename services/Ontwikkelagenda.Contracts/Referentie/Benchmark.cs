namespace Ontwikkelagenda.Contracts.Referentie;

/// <summary>
/// An outside figure to compare with: area (Drenthe, Nederland, or a municipality from the report), school
/// year, kind (e.g. <c>absoluut-verzuim-per-1000</c>, <c>langdurig-relatief-verzuim-per-1000</c>), value, source.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Benchmark(
    [property: Id(0)] string Gebied,
    [property: Id(1)] string Schooljaar,
    [property: Id(2)] string Soort,
    [property: Id(3)] decimal Waarde,
    [property: Id(4)] string Bron);
