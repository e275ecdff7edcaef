namespace Intake.Client;

/// <summary>The answer to an accepted progress report.</summary>
public sealed record RapportAangenomen(Guid RapportId);
