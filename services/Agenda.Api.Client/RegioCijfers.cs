namespace Agenda.Api.Client;

/// <summary>The region's own figures in the regional overview: every KPI family and the goals' status.</summary>
public sealed record RegioCijfers(
    ThuiszitterCijfers Thuiszitters,
    ThuiszitterCijfers Absoluut,
    ThuiszitterCijfers LangdurigRelatief,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen);
