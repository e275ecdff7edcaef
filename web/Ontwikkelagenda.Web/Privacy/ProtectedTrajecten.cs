namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Active trajectories (light and heavy) and the share that is light, after suppression.</summary>
public sealed record ProtectedTrajecten(
    ProtectedValue Actief,
    ProtectedValue Licht,
    ProtectedValue Zwaar,
    ProtectedValue AandeelLicht);
