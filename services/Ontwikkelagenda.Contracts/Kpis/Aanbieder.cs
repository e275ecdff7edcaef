namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>A care provider as the comparisons name it.</summary>
public sealed record Aanbieder(Guid AanbiederId, string Naam);
