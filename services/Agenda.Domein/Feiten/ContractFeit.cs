using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Feiten;

/// <summary>A contract, active from <see cref="Startdatum"/> up to (not including) <see cref="Einddatum"/>.</summary>
public sealed record ContractFeit(
    Guid ContractId,
    Guid AanbiederId,
    string AanbiederNaam,
    Contractant Contractant,
    ContractSoort Soort,
    string SoortZorg,
    ZorgKader Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Bediening Bediening)
{
    public bool ActiefOp(DateOnly peildatum) => Startdatum <= peildatum && (Einddatum is null || Einddatum > peildatum);

    public bool TeltVoor(string gemeente) => Contractant.Gemeenten.Any(g => g.Value == gemeente);

    /// <summary>Serves the school: it is listed, or the contract covers the whole municipality of the school.</summary>
    public bool Bedient(string brin, string gemeenteVanSchool) =>
        TeltVoor(gemeenteVanSchool) && (Bediening.HeleGemeente || Bediening.Scholen.Any(s => s.Value == brin));
}
