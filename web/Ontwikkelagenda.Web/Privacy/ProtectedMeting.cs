using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>A goal's KPI at one month end, as the agenda page may show it.</summary>
public sealed record ProtectedMeting(DateOnly Datum, Cijfer Waarde, DoelStatus? Status);
