using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>A municipality or samenwerkingsverband with its protected figures.</summary>
public sealed record ProtectedGebied(string Code, string Naam, BeschermdeThuiszitterCijfers Cijfers);
