namespace Intake.Client;

/// <summary>The answer to an accepted melding about a complex case.</summary>
public sealed record ComplexeCasusAangenomen(Guid CasusId);
