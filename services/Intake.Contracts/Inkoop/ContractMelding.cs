using Intake.Contracts.Regels;
using Ontwikkelagenda.Contracts.Values;

namespace Intake.Contracts.Inkoop;

/// <summary>Reports a contract (POST /v1/contracten); the provider, the dates and the schools are checked against each other and the register after these rules.</summary>
/// <param name="MeldingId">The melding's own id (UUID); the same id again gets the same answer.</param>
/// <param name="AanbiederId">The id of a provider registered at this service (POST /v1/aanbieders).</param>
/// <param name="Contractant">The contracting municipality (GM1680, GM0106, GM1731, GM1730) or 'subregio' (counts for all four).</param>
/// <param name="Soort">'jeugdhulp' or 'eed'.</param>
/// <param name="SoortZorg">What care, at most 200 characters.</param>
/// <param name="Kader">'wmo', 'jeugdwet', 'zvw-wlz' or 'pgb'.</param>
/// <param name="Startdatum">First day the contract is active.</param>
/// <param name="Einddatum">First day it is no longer active, when known; after the startdatum.</param>
/// <param name="HeleGemeente">True: serves every school of the contractant's municipalities; false: only <paramref name="Scholen"/>.</param>
/// <param name="Scholen">BRINs of register schools in the contractant's municipalities; required and non-empty when heleGemeente is false.</param>
public sealed record ContractMelding(
    [property: MeldingId] Guid? MeldingId,
    [property: Uuid(ContractMelding.AanbiederReden)] Guid? AanbiederId,
    [property: Contractant] string? Contractant,
    [property: Keuze(typeof(ContractSoort), "Het soort contract")] string? Soort,
    [property: VrijeTekst(ContractMelding.MaxSoortZorgLengte)] string? SoortZorg,
    [property: Keuze(typeof(ZorgKader), "Het kader")] string? Kader,
    [property: Datum("De startdatum", ToekomstToegestaan = true)] DateOnly? Startdatum,
    [property: Datum("De einddatum", Verplicht = false, ToekomstToegestaan = true)] DateOnly? Einddatum,
    [property: JaNee] bool? HeleGemeente,
    [property: Scholen(Verplicht = false)] IReadOnlyList<string>? Scholen)
{
    public const int MaxSoortZorgLengte = 200;

    public const string AanbiederReden = "Het veld aanbiederId is het id (UUID) van een bij deze dienst geregistreerde aanbieder.";
}
