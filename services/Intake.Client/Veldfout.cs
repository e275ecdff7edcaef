namespace Intake.Client;

/// <summary>One entry of a 400's <c>invalidParams</c>: the JSON field (nested as <c>casusregisseur.rol</c>) and why, in Dutch.</summary>
public sealed record Veldfout(string Naam, string Reden);
