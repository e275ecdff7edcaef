namespace Ontwikkelagenda.Contracts.Values;

/// <summary>The one person in charge of a complex case, named by role and organisation, never by name (domain.md, privacy).</summary>
public sealed record Casusregisseur(
    string Rol,
    string Organisatie);
