namespace Ontwikkelagenda.Agenda.Domein.Referentie;

/// <summary>
/// The scopes a thuiszitter case counts for: always its municipality of residence (and the region
/// when that municipality is one of the four); its school and that school's SWV only when the
/// BRIN is in the register.
/// </summary>
public sealed record ThuiszitterRoute(string Gemeente, bool Regio, string? Brin, string? Swv);
