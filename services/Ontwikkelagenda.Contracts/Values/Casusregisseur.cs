namespace Ontwikkelagenda.Contracts.Values;

/// <summary>The one person in charge of a complex case, named by role and organisation, never by name (domain.md, privacy).</summary>
[GenerateSerializer, Immutable]
public sealed record Casusregisseur(
    [property: Id(0)] string Rol,
    [property: Id(1)] string Organisatie);
