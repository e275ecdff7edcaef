namespace Ondersteuning.Api.Trajecten;

/// <summary>The answer to an accepted melding about a trajectory: its id.</summary>
public sealed record TrajectAangenomen(Guid TrajectId);
