namespace Agenda.Api.Client;

/// <summary>One child, one plan, one director: open complex cases, the share with a casusregisseur, those past twelve weeks.</summary>
public sealed record RegieCijfers(
    int OpenCasussen,
    int MetCasusregisseur,
    decimal? AandeelMetCasusregisseur,
    int LangerDanTwaalfWeken);
