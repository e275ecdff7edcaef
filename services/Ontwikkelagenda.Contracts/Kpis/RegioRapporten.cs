namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The partners' goal reports as the region holds them at its version <see cref="Versie"/> (its count of events: it
/// only grows), so a scope that receives two of these out of order keeps the newer.
/// </summary>
public sealed record RegioRapporten(long Versie, IReadOnlyList<Voortgangsrapport> Rapporten);
