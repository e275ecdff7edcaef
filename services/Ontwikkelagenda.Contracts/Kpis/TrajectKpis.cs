namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>Light before heavy: trajectories active at the peildatum and the share that is light.</summary>
[GenerateSerializer, Immutable]
public sealed record TrajectKpis(
    [property: Id(0)] int Actief,
    [property: Id(1)] int Licht,
    [property: Id(2)] int Zwaar,
    [property: Id(3)] decimal? AandeelLicht);
