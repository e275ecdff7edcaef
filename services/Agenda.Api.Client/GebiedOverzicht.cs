namespace Agenda.Api.Client;

/// <summary>A municipality or samenwerkingsverband in the regional overview with every KPI family and its goals' standing.</summary>
public sealed record GebiedOverzicht(string Code, string Naam, BeschermdeDetail Cijfers);
