namespace Intake.Client;

/// <summary>A contract as Inkoop.Api holds it.</summary>
public sealed record Contract(
    Guid Id,
    Guid AanbiederId,
    string AanbiederNaam,
    string Contractant,
    string Soort,
    string SoortZorg,
    string Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    bool Beeindigd,
    bool HeleGemeente,
    IReadOnlyList<string> Scholen,
    bool Ingetrokken);
