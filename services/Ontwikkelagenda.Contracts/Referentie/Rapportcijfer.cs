namespace Ontwikkelagenda.Contracts.Referentie;

/// <summary>
/// A baseline figure of the report, computed from its raw counts (<see cref="Teller"/> of <see cref="Noemer"/>)
/// with the project's rounding: a per-1,000 rate or a percentage (or, without <see cref="Noemer"/>, a plain count), with its year or peildatum and source.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Rapportcijfer(
    [property: Id(0)] string Code,
    [property: Id(1)] string Omschrijving,
    [property: Id(2)] string Gebied,
    [property: Id(3)] string Periode,
    [property: Id(4)] int Teller,
    [property: Id(5)] int? Noemer,
    [property: Id(6)] string Eenheid,
    [property: Id(7)] decimal Waarde,
    [property: Id(8)] string Bron);
