using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A school, SWV or municipality reported a complex case (pseudonymous reference), counted for the
/// child's municipality of residence and, when given, the school. <see cref="ThuiszitterZaakId"/> links
/// a thuiszitter case, which is complex by itself, so it counts once.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ComplexeCasusGemeld(
    [property: Id(0)] Guid EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] string MeldendeOrganisatie,
    [property: Id(3)] Guid CasusId,
    [property: Id(4)] string Referentie,
    [property: Id(5)] GemeenteCode Gemeente,
    [property: Id(6)] Brin? Brin,
    [property: Id(7)] DateOnly Startdatum,
    [property: Id(8)] Guid? ThuiszitterZaakId,
    [property: Id(9)] Casusregisseur? Casusregisseur) : ICorrigeerbaarEvent
{
    [Id(10)] public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}
