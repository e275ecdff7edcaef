using Intake.Contracts.Regels;

namespace Intake.Contracts.Inkoop;

/// <summary>Ends a contract (POST /v1/contracten/{id}/beeindiging); that the einddatum follows the startdatum is checked after these rules.</summary>
/// <param name="MeldingId">The melding's own id (UUID).</param>
/// <param name="Einddatum">First day the contract is no longer active; after its startdatum.</param>
public sealed record ContractBeeindiging(
    [property: MeldingId] Guid? MeldingId,
    [property: Datum("De einddatum", ToekomstToegestaan = true)] DateOnly? Einddatum);
