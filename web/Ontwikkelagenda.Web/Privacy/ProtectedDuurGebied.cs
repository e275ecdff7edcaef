namespace Ontwikkelagenda.Web.Privacy;

/// <summary>A municipality with its open cases by duration, after suppression.</summary>
public sealed record ProtectedDuurGebied(string Code, string Naam, ProtectedDuur Cijfers);
