namespace Ontwikkelagenda.Web.Melden;

/// <summary>One option of a choice field: the value the service expects and its Dutch label.</summary>
public sealed record Keuze(string Waarde, string Label);
