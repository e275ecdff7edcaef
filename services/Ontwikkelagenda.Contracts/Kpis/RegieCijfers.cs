namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// One child, one plan, one director: open complex cases at the peildatum (a thuiszitter case counts as one
/// unless a complex case links it), the share with a casusregisseur, and those open longer than twelve weeks.
/// </summary>
public sealed record RegieCijfers(
    int OpenCasussen,
    int MetCasusregisseur,
    decimal? AandeelMetCasusregisseur,
    int LangerDanTwaalfWeken);
