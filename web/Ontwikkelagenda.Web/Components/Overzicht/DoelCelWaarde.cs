using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Components.Overzicht;

/// <summary>
/// One goal in one municipality or the region as Agenda.Api gave it: its KPI value and status (null without a KPI or
/// bounds) and, beside it, the latest partner report's status and date.
/// </summary>
public sealed record DoelCelWaarde(
    Cijfer Waarde,
    StatusWeergave? KpiStatus,
    DoelStatus? RapportStatus,
    DateOnly? RapportDatum);
