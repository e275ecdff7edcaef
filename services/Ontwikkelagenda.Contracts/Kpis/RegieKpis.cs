namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// One child, one plan, one director: open complex cases at the peildatum (a thuiszitter case counts as one
/// unless a complex case links it), the share with a casusregisseur, and those open longer than twelve weeks.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RegieKpis(
    [property: Id(0)] int OpenCasussen,
    [property: Id(1)] int MetCasusregisseur,
    [property: Id(2)] decimal? AandeelMetCasusregisseur,
    [property: Id(3)] int LangerDanTwaalfWeken);
