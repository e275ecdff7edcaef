namespace Agenda.Api.Client;

/// <summary>The bounds that turn a KPI value into op-koers, aandacht-nodig or achter.</summary>
public sealed record Statusgrenzen(StatusRichting Richting, decimal OpKoers, decimal AandachtNodig);
