using Ontwikkelagenda.Contracts.Events;

namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// What the shared intake flow needs to know of one resource: its path, how to name it in Dutch messages,
/// the event that creates it (and how it reads now, after corrections), who reports follow-ups about it, and the body
/// of an accepted answer.
/// </summary>
public sealed record Resource<TAntwoord>(
    string Pad,
    string Omschrijving,
    string AanmaakEvent,
    Func<Historie, IAgendaEvent> Aanmaak,
    Func<Historie, string> MeldendeOrganisatie,
    Func<Guid, TAntwoord> Antwoord)
{
    public string Location(Guid id) => $"/v1/{Pad}/{id}";
}
