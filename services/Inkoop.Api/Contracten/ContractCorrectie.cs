namespace Inkoop.Api.Contracten;

/// <summary>
/// Corrects a melding about a contract (POST /v1/contracten/{id}/correcties). For the contract itself: all fields of
/// POST /v1/contracten again, validated as new; for its ending: only einddatum.
/// </summary>
/// <param name="MeldingId">The correction's own id (UUID).</param>
/// <param name="GecorrigeerdeMeldingId">The meldingId of the melding (or its latest correction) this replaces.</param>
public sealed record ContractCorrectie(
    Guid MeldingId,
    Guid GecorrigeerdeMeldingId,
    Guid? AanbiederId,
    string? Contractant,
    string? Soort,
    string? SoortZorg,
    string? Kader,
    DateOnly? Startdatum,
    DateOnly? Einddatum,
    bool? HeleGemeente,
    IReadOnlyList<string>? Scholen);
