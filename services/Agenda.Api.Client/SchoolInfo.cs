namespace Agenda.Api.Client;

/// <summary>A school in the register. <c>Soort</c> is BAO, SBO, SO, VSO, VO or PrO.</summary>
public sealed record SchoolInfo(string Brin, string Naam, string Soort, string Gemeente, string Samenwerkingsverband, int Leerlingen);
