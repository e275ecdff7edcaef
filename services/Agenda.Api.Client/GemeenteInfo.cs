namespace Agenda.Api.Client;

/// <summary>A municipality of the region with its young people aged 5 to 17 in the school year named.</summary>
public sealed record GemeenteInfo(string Code, string Naam, int Jongeren5Tot18, string Schooljaar);
