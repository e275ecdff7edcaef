using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The regional overview as a view without case rights may show it.</summary>
public sealed record ProtectedRegioOverzicht(
    DateOnly Peildatum,
    IReadOnlyList<ProtectedGebied> Gemeenten,
    IReadOnlyList<ProtectedGebied> Samenwerkingsverbanden,
    BeschermdeThuiszitterCijfers Regio);
