namespace Ondersteuning.Api.Validatie;

/// <summary>A melding that only carries a date (ending, treatment start, closing) and passed validation.</summary>
public sealed record GeldigeDatum(Guid MeldingId, DateOnly Datum);
