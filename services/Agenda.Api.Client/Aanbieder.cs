namespace Agenda.Api.Client;

/// <summary>A care provider as the comparisons name it.</summary>
public sealed record Aanbieder(Guid AanbiederId, string Naam);
