namespace Leerplicht.Api.Opslag;

/// <summary>What became of a closing: stored (new or already known) or refused, and why.</summary>
public sealed record BeeindigingResultaat(BeeindigingStatus Status, OpgeslagenMelding? Melding = null, Zaak? Zaak = null);
