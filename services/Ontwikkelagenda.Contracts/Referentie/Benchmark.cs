namespace Ontwikkelagenda.Contracts.Referentie;

/// <summary>
/// An outside figure to compare with: area (Drenthe, Nederland, or a municipality from the report), school
/// year, kind (e.g. <c>absoluut-verzuim-per-1000</c>, <c>langdurig-relatief-verzuim-per-1000</c>), value, source.
/// </summary>
public sealed record Benchmark(
    string Gebied,
    string Schooljaar,
    string Soort,
    decimal Waarde,
    string Bron);
