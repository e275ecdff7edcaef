using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Validatie;

namespace Inkoop.Api.Contracten;

/// <summary>A contract as the intake holds it (entiteiten.staat); <see cref="Beeindiging"/> is the einddatum of its ending melding.</summary>
public sealed record ContractStaat(
    Guid AanbiederId,
    string AanbiederNaam,
    string Contractant,
    string Soort,
    string SoortZorg,
    string Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    bool HeleGemeente,
    IReadOnlyList<string> Scholen,
    DateOnly? Beeindiging)
{
    public const string EntiteitSoort = "contract";
    public const string Subregio = "subregio";

    public static ContractStaat Van(ContractGesloten gesloten, DateOnly? beeindiging) => new(
        gesloten.AanbiederId, gesloten.AanbiederNaam, gesloten.Contractant.Gemeente?.Value ?? Subregio,
        JsonEnumNames<ContractSoort>.NameOf(gesloten.Soort), gesloten.SoortZorg, JsonEnumNames<ZorgKader>.NameOf(gesloten.Kader),
        gesloten.Startdatum, gesloten.Einddatum, gesloten.Bediening.HeleGemeente, [.. gesloten.Bediening.Scholen.Select(s => s.Value)], beeindiging);

    public Contractant AlsContractant() => Contractant == Subregio ? Ontwikkelagenda.Contracts.Values.Contractant.Subregio : new Contractant(GemeenteCode.Parse(Contractant));

    /// <summary>Counts for <paramref name="gemeente"/>: its own contract or one of the subregion.</summary>
    public bool TeltVoor(string gemeente) => Contractant == Subregio || Contractant == gemeente;
}
