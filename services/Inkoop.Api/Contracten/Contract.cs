using System.Text.Json.Serialization;
using Ontwikkelagenda.Intake;

namespace Inkoop.Api.Contracten;

/// <summary>
/// A contract as the intake knows it. <see cref="Einddatum"/> is the ending's date when it was ended, else the one it was
/// reported with; <see cref="Meldingen"/> (its history) only when read by id.
/// </summary>
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
    bool Ingetrokken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MeldingRegel>? Meldingen)
{
    public static Contract Van(Guid id, ContractStaat staat, bool ingetrokken, IReadOnlyList<MeldingRegel>? meldingen) => new(
        id, staat.AanbiederId, staat.AanbiederNaam, staat.Contractant, staat.Soort, staat.SoortZorg, staat.Kader, staat.Startdatum,
        staat.Beeindiging ?? staat.Einddatum, staat.Beeindiging is not null, staat.HeleGemeente, staat.Scholen, ingetrokken, meldingen);
}
