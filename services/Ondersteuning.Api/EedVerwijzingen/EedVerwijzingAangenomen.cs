namespace Ondersteuning.Api.EedVerwijzingen;

/// <summary>The answer to an accepted melding about an EED referral: its id.</summary>
public sealed record EedVerwijzingAangenomen(Guid VerwijzingId);
