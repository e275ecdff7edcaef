using Ontwikkelagenda.Contracts.Values;

namespace Inkoop.Api.Contracten;

/// <summary>A contract's fields that passed validation (report or correction), with the provider's current name.</summary>
public sealed record GeldigContract(
    Guid MeldingId,
    Guid AanbiederId,
    string AanbiederNaam,
    Contractant Contractant,
    ContractSoort Soort,
    string SoortZorg,
    ZorgKader Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Bediening Bediening);
