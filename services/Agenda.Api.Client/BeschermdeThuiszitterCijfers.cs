using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Client;

/// <summary>
/// The Thuiszitterspact figures of one area after suppression. The status stays exact: it only says
/// whether the longer-than-three-months count is 0, which a shown "&lt;5" already tells.
/// </summary>
public sealed record BeschermdeThuiszitterCijfers(
    Cijfer Open,
    Cijfer LangerDanDrieMaanden,
    Cijfer PerDuizend,
    Cijfer BinnenDrieMaandenOpgelost,
    ThuiszitterStatus Status)
{
    /// <summary>
    /// Figures of one area whose counts were protected as parts or total of a group: the rate goes with the open count
    /// (its denominator is public), the share solved within three months with its base of closed cases.
    /// </summary>
    public static BeschermdeThuiszitterCijfers Van(ThuiszitterCijfers cijfers, Cijfer open, Cijfer langer, bool exact = false) =>
        new(
            open,
            langer,
            Cijfer.Rate(cijfers.PerDuizend, open),
            exact ? Cijfer.Shown(cijfers.BinnenDrieMaandenOpgelost) : Cijfer.Percentage(cijfers.BinnenDrieMaandenOpgelost, cijfers.Afgesloten),
            cijfers.LangerDanDrieMaanden == 0 ? ThuiszitterStatus.OpKoers : ThuiszitterStatus.Achter);
}
