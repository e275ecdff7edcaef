using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Open thuiszitter cases of one area by how long they have been open, after suppression, with the rate and
/// the two percentages of closed cases.
/// </summary>
public sealed record ProtectedDuur(
    Cijfer Open,
    Cijfer KorterDanVierWeken,
    Cijfer VierWekenTotDrieMaanden,
    Cijfer LangerDanDrieMaanden,
    Cijfer PerDuizend,
    Cijfer BinnenDrieMaandenOpgelost,
    Cijfer AfgeslotenMetVrijstelling);
