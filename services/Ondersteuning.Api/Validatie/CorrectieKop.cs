namespace Ondersteuning.Api.Validatie;

/// <summary>The head of a correction: its own melding id and the id of the melding it replaces.</summary>
public sealed record CorrectieKop(Guid MeldingId, Guid GecorrigeerdeMeldingId);
