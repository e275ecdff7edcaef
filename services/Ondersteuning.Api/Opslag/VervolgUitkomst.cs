namespace Ondersteuning.Api.Opslag;

/// <summary>The outcome of a melding about an existing entity; <see cref="Besluit"/> says why it was refused.</summary>
public sealed record VervolgUitkomst(VervolgStatus Status, OpgeslagenMelding? Melding = null, Besluit? Besluit = null);
