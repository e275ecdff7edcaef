namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Complex cases and their casusregisseur after suppression.</summary>
public sealed record ProtectedRegie(
    ProtectedValue OpenCasussen,
    ProtectedValue MetCasusregisseur,
    ProtectedValue AandeelMetCasusregisseur,
    ProtectedValue LangerDanTwaalfWeken);
