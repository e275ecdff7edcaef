namespace Intake.Client;

/// <summary>The answer to an accepted melding about a trajectory.</summary>
public sealed record TrajectAangenomen(Guid TrajectId);
