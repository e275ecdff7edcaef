using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// The Thuiszitterspact figures of one area after suppression. The status stays exact: it only says
/// whether the longer-than-three-months count is 0, which a shown "&lt;5" already tells.
/// </summary>
public sealed record ProtectedCijfers(
    Cijfer Open,
    Cijfer LangerDanDrieMaanden,
    Cijfer PerDuizend,
    Cijfer BinnenDrieMaandenOpgelost,
    ThuiszitterStatus Status);
