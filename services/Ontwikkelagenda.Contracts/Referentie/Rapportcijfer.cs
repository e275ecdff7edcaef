namespace Ontwikkelagenda.Contracts.Referentie;

/// <summary>
/// A baseline figure of the report, computed from its raw counts (<see cref="Teller"/> of <see cref="Noemer"/>)
/// with the project's rounding: a per-1,000 rate or a percentage (or, without <see cref="Noemer"/>, a plain count), with its year or peildatum and source.
/// </summary>
public sealed record Rapportcijfer(
    string Code,
    string Omschrijving,
    string Gebied,
    string Periode,
    int Teller,
    int? Noemer,
    string Eenheid,
    decimal Waarde,
    string Bron);
