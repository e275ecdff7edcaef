using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>Active trajectories (light and heavy) and the share that is light, after suppression.</summary>
public sealed record ProtectedTrajecten(
    Cijfer Actief,
    Cijfer Licht,
    Cijfer Zwaar,
    Cijfer AandeelLicht);
