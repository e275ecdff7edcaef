namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>Light before heavy: trajectories active at the peildatum and the share that is light.</summary>
public sealed record TrajectCijfers(
    int Actief,
    int Licht,
    int Zwaar,
    decimal? AandeelLicht);
