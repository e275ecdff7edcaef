using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Api.Client;

/// <summary>A goal's KPI value and status at one month end; the status is null when the value is withheld.</summary>
public sealed record KpiMeting(DateOnly Datum, Cijfer Waarde, DoelStatus? Status);
