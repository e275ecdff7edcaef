namespace Ondersteuning.Api.Validatie;

/// <summary>A withdrawal that passed validation: which earlier melding, and why.</summary>
public sealed record GeldigeIntrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string Reden);
