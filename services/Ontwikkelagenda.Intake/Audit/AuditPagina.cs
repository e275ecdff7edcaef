namespace Ontwikkelagenda.Intake.Audit;

/// <summary>One page of the audit trail, newest first.</summary>
/// <param name="Regels">The entries on this page.</param>
/// <param name="Pagina">This page's number (from 1).</param>
/// <param name="PaginaGrootte">At most this many entries per page.</param>
/// <param name="VolgendePagina">The next page's number, or null when this is the last.</param>
public sealed record AuditPagina(IReadOnlyList<AuditRegel> Regels, int Pagina, int PaginaGrootte, int? VolgendePagina);
