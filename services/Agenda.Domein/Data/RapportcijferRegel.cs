namespace Agenda.Domein.Data;

/// <summary>One raw figure of <c>data/rapportcijfers.json</c>: counts only; the value is computed.</summary>
public sealed record RapportcijferRegel(string Code, string Omschrijving, string Gebied, string Periode, int Teller, int? Noemer, string Eenheid, string Bron);
