namespace Agenda.Domein.Data;

/// <summary>The shape of <c>data/rapportcijfers.json</c>.</summary>
public sealed record RapportcijfersBestand(string Versie, string Opmerking, IReadOnlyList<RapportcijferRegel> Cijfers);
