using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// A partner's report on a goal as history shows it: also when a later melding corrected it
/// (<see cref="GecorrigeerdDoor"/>, the correcting event) or withdrew it (<see cref="Ingetrokken"/>).
/// </summary>
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
