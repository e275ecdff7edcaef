using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Events;

/// <summary>
/// A school, SWV or municipality reported a complex case (pseudonymous reference), counted for the
/// child's municipality of residence and, when given, the school. <see cref="ThuiszitterZaakId"/> links
/// a thuiszitter case, which is complex by itself, so it counts once.
/// </summary>
public sealed record ComplexeCasusGemeld(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string MeldendeOrganisatie,
    Guid CasusId,
    string Referentie,
    GemeenteCode Gemeente,
    Brin? Brin,
    DateOnly Startdatum,
    Guid? ThuiszitterZaakId,
    Casusregisseur? Casusregisseur) : ICorrigeerbaarEvent
{
    public Guid? Corrigeert { get; init; }

    Guid IEntiteitEvent.EntiteitId => CasusId;
}
