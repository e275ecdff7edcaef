using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>A leerplicht office reported a thuiszitter case.</summary>
public sealed record ThuiszitterGemeld(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid ZaakId,
    string CasusReferentie,
    GemeenteCode Gemeente,
    Brin? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => ZaakId;
}
