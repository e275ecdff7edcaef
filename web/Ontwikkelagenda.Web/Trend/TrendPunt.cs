using Agenda.Api.Client;
using Ontwikkelagenda.Web.Privacy;

namespace Ontwikkelagenda.Web.Trend;

/// <summary>One protected figure at one month end (or the peildatum) of a trend.</summary>
public sealed record TrendPunt(DateOnly Datum, Cijfer Waarde);
