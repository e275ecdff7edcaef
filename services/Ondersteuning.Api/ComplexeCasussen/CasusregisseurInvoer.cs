using System.ComponentModel;

namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The casusregisseur as a request names it, for the OpenAPI document.</summary>
[Description("De casusregisseur, genoemd bij rol en organisatie, nooit bij naam. Beide velden verplicht.")]
public sealed record CasusregisseurInvoer(
    [property: Description("Rol, ten hoogste 100 tekens, bijvoorbeeld 'casusregisseur sociaal team'.")] string Rol,
    [property: Description("Organisatie, ten hoogste 200 tekens.")] string Organisatie);
