namespace Agenda.Api.Client;

/// <summary>One provider and the region's municipalities it is under active contract for.</summary>
public sealed record AanbiederOverlap(Guid AanbiederId, string Naam, IReadOnlyList<string> Gemeenten, bool VoorAlleVier, bool VoorEen);
