namespace Inkoop.Api.Contracten;

/// <summary>The answer to an accepted melding about a contract: where it is (also in the Location header).</summary>
public sealed record ContractAangenomen(Guid ContractId);
