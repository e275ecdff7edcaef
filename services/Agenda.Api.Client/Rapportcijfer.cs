namespace Agenda.Api.Client;

/// <summary>A baseline figure of the report with its raw counts and the value computed from them.</summary>
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
