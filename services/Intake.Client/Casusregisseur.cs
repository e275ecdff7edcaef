namespace Intake.Client;

/// <summary>The one person in charge of a complex case, by role and organisation.</summary>
public sealed record Casusregisseur(string? Rol, string? Organisatie);
