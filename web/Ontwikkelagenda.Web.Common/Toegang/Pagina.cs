namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>A page (its address without the leading slash), its name in the menu, and the roles that may open it.</summary>
public sealed record Pagina(string Pad, string Titel, IReadOnlyList<string> Rollen);
