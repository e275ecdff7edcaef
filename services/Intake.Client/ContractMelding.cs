namespace Intake.Client;

/// <summary>
/// <c>POST /v1/contracten</c>. <c>contractant</c>: a municipality code or <c>subregio</c>; <c>soort</c>: jeugdhulp or eed;
/// <c>kader</c>: wmo, jeugdwet, zvw-wlz or pgb; <c>scholen</c> (BRINs) required when not <c>heleGemeente</c>.
/// </summary>
public sealed record ContractMelding(
    Guid MeldingId,
    Guid? AanbiederId,
    string? Contractant,
    string? Soort,
    string? SoortZorg,
    string? Kader,
    DateOnly? Startdatum,
    DateOnly? Einddatum,
    bool HeleGemeente,
    IReadOnlyList<string>? Scholen);
