using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Feiten;

/// <summary>A provider's trajectory at a school, active from start up to (not including) its end.</summary>
public sealed record TrajectFeit(
    Guid TrajectId,
    string Brin,
    Guid AanbiederId,
    string AanbiederNaam,
    Zwaarte Zwaarte,
    ZorgKader Kader,
    DateOnly Startdatum,
    DateOnly? Einddatum)
{
    public bool ActiefOp(DateOnly peildatum) => Startdatum <= peildatum && (Einddatum is null || Einddatum > peildatum);
}
