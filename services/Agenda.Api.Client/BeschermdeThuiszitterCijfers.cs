namespace Agenda.Api.Client;

/// <summary>
/// The Thuiszitterspact figures of one area after suppression. The status says whether the longer-than-three-months
/// count is 0, which a shown count or "&lt;5" already tells; beside a count withheld for another reason (0, or 5 and
/// more) it would tell which, so it is null there.
/// </summary>
public sealed record BeschermdeThuiszitterCijfers(
    Cijfer Open,
    Cijfer LangerDanDrieMaanden,
    Cijfer PerDuizend,
    Cijfer BinnenDrieMaandenOpgelost,
    ThuiszitterStatus? Status);
