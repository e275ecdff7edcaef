namespace Leerplicht.Api.Opslag;

/// <summary>What became of a correction, withdrawal or transfer: stored (new or already known), refused with a conflict, or an unknown case.</summary>
public sealed record VervolgResultaat(OpgeslagenMelding? Melding, string? Conflict, bool ZaakOnbekend = false);
