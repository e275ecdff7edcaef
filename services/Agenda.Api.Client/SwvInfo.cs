namespace Agenda.Api.Client;

/// <summary>A samenwerkingsverband of the region; <c>Sector</c> is po or vo.</summary>
public sealed record SwvInfo(string Code, string Naam, string Sector);
