namespace Intake.Client;

/// <summary>The answer to an accepted melding about a contract.</summary>
public sealed record ContractAangenomen(Guid ContractId);
