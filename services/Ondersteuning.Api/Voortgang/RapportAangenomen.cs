namespace Ondersteuning.Api.Voortgang;

/// <summary>The answer to an accepted melding about a progress report: its id.</summary>
public sealed record RapportAangenomen(Guid RapportId);
