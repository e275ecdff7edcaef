namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The open cases by duration of the four municipalities and the region at one peildatum, after suppression.</summary>
public sealed record ProtectedDuurOverzicht(DateOnly Peildatum, IReadOnlyList<ProtectedDuurGebied> Gemeenten, ProtectedDuur Regio);
