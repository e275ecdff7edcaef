namespace Inkoop.Api.Contracten;

/// <summary>Ends a contract (POST /v1/contracten/{id}/beeindiging).</summary>
/// <param name="MeldingId">The melding's own id (UUID).</param>
/// <param name="Einddatum">First day the contract is no longer active; after its startdatum.</param>
public sealed record ContractBeeindiging(Guid MeldingId, DateOnly Einddatum);
