namespace Ontwikkelagenda.Contracts.Agenda;

/// <summary>
/// The bounds that turn a KPI value into a status: op-koers when at least (higher is better) or at most
/// (lower is better) <see cref="OpKoers"/>; aandacht-nodig likewise for <see cref="AandachtNodig"/>; else achter.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatusGrenzen(
    [property: Id(0)] StatusRichting Richting,
    [property: Id(1)] decimal OpKoers,
    [property: Id(2)] decimal AandachtNodig);
