namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// Open thuiszitter cases of one area by how long they have been open, after suppression, with the rate and
/// the two percentages of closed cases.
/// </summary>
public sealed record ProtectedDuur(
    ProtectedValue Open,
    ProtectedValue KorterDanVierWeken,
    ProtectedValue VierWekenTotDrieMaanden,
    ProtectedValue LangerDanDrieMaanden,
    ProtectedValue PerDuizend,
    ProtectedValue BinnenDrieMaandenOpgelost,
    ProtectedValue AfgeslotenMetVrijstelling);
