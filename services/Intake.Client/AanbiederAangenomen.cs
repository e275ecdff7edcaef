namespace Intake.Client;

/// <summary>The answer to an accepted melding about a provider.</summary>
public sealed record AanbiederAangenomen(Guid AanbiederId);
