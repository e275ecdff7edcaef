using Agenda.Api.Client;

namespace Agenda.Api.Kpis;

/// <summary>Every KPI family of one scope in the API's shape; the response records spread it into their own fields.</summary>
public sealed record ScopeCijfers(
    ThuiszitterCijfers Thuiszitters,
    ThuiszitterCijfers Absoluut,
    ThuiszitterCijfers LangdurigRelatief,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen);
