namespace Intake.Contracts.Inkoop;

/// <summary>
/// Corrects a melding about a contract (POST /v1/contracten/{id}/correcties). For the contract itself: all fields of
/// POST /v1/contracten again, read by the rules of <see cref="ContractMelding"/>; for its ending: only einddatum, by those
/// of <see cref="ContractBeeindiging"/>.
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
    IReadOnlyList<string>? Scholen)
{
    public const string GecorrigeerdeReden = "Het veld gecorrigeerdeMeldingId is de meldingId (UUID) van een eerdere melding over dit contract.";
}
