using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// A partner's report on a goal as history shows it: also when a later melding corrected it
/// (<see cref="GecorrigeerdDoor"/>, the correcting event) or withdrew it (<see cref="Ingetrokken"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Voortgangsrapport(
    [property: Id(0)] Guid RapportId,
    [property: Id(1)] Guid EventId,
    [property: Id(2)] int Doel,
    [property: Id(3)] DoelStatus Status,
    [property: Id(4)] string Toelichting,
    [property: Id(5)] DateOnly Datum,
    [property: Id(6)] string Organisatie,
    [property: Id(7)] string NaamRapporteur,
    [property: Id(8)] string RolRapporteur,
    [property: Id(9)] Guid? GecorrigeerdDoor,
    [property: Id(10)] bool Ingetrokken);
