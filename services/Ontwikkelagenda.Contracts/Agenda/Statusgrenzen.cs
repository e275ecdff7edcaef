namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>
/// The bounds that turn a KPI value into a status: op-koers when at least (higher is better) or at most
/// (lower is better) <see cref="OpKoers"/>; aandacht-nodig likewise for <see cref="AandachtNodig"/>; else achter.
/// </summary>
public sealed record Statusgrenzen(
    StatusRichting Richting,
    decimal OpKoers,
    decimal AandachtNodig);
