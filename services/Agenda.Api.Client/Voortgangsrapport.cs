namespace Agenda.Api.Client;

/// <summary>A partner's report on a goal; also when later corrected (<paramref name="GecorrigeerdDoor"/>) or withdrawn.</summary>
public sealed record Voortgangsrapport(
    Guid RapportId,
    Guid EventId,
    int Doel,
    DoelStatus Status,
    string Toelichting,
    DateOnly Datum,
    string Organisatie,
    string NaamRapporteur,
    string RolRapporteur,
    Guid? GecorrigeerdDoor,
    bool Ingetrokken);
