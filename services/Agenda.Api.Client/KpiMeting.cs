using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Client;

/// <summary>A goal's KPI value and status at one month end.</summary>
public sealed record KpiMeting(DateOnly Datum, decimal? Waarde, DoelStatus? Status);
