using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Ondersteuning;

/// <summary>The casusregisseur as a request names it (nested in <see cref="ComplexeCasusMelding"/>).</summary>
[Description("De casusregisseur, genoemd bij rol en organisatie, nooit bij naam. Beide velden verplicht.")]
public sealed record CasusregisseurInvoer(
    [property: VrijeTekst(Lengtes.Rol), Description("Rol, ten hoogste 100 tekens, bijvoorbeeld 'casusregisseur sociaal team'.")]
    string? Rol,
    [property: VrijeTekst(Lengtes.Organisatie), Description("Organisatie, ten hoogste 200 tekens.")]
    string? Organisatie);
