namespace Intake.Client;

/// <summary>The answer to an accepted melding about an EED referral.</summary>
public sealed record EedVerwijzingAangenomen(Guid VerwijzingId);
