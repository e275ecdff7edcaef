namespace Agenda.Api.Client;

/// <summary>Light before heavy: trajectories active at the peildatum and the percentage that is light.</summary>
public sealed record TrajectCijfers(int Actief, int Licht, int Zwaar, decimal? AandeelLicht);
