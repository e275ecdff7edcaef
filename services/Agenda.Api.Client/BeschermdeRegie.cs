namespace Agenda.Api.Client;

/// <summary>Complex cases and their casusregisseur after suppression.</summary>
public sealed record BeschermdeRegie(
    Cijfer OpenCasussen,
    Cijfer MetCasusregisseur,
    Cijfer AandeelMetCasusregisseur,
    Cijfer LangerDanTwaalfWeken);
