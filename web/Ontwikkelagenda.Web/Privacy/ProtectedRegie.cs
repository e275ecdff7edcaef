using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Complex cases and their casusregisseur after suppression.</summary>
public sealed record ProtectedRegie(
    Cijfer OpenCasussen,
    Cijfer MetCasusregisseur,
    Cijfer AandeelMetCasusregisseur,
    Cijfer LangerDanTwaalfWeken);
