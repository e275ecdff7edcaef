namespace Agenda.Api.Client;

/// <summary>Active trajectories (light and heavy) and the share that is light, after suppression.</summary>
public sealed record BeschermdeTrajecten(
    Cijfer Actief,
    Cijfer Licht,
    Cijfer Zwaar,
    Cijfer AandeelLicht);
