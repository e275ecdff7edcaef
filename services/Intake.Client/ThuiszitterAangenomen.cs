namespace Intake.Client;

/// <summary>The answer to an accepted melding about a thuiszitter case: the case's id.</summary>
public sealed record ThuiszitterAangenomen(Guid Id);
