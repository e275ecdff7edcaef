using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>
/// One goal in one municipality or the region: its protected KPI value and status (null without a KPI or
/// bounds) and, beside it, the latest partner report's status and date.
/// </summary>
public sealed record ProtectedDoelCel(
    Cijfer Waarde,
    StatusWeergave? KpiStatus,
    DoelStatus? RapportStatus,
    DateOnly? RapportDatum);
