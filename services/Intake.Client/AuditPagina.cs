namespace Intake.Client;

/// <summary>One page of an intake's audit trail, newest first.</summary>
public sealed record AuditPagina(IReadOnlyList<AuditRegel> Regels, int Pagina, int PaginaGrootte, int? VolgendePagina);

/// <summary>One audited request: who, when, which operation on which id, and the answer's status.</summary>
public sealed record AuditRegel(
    long Id,
    DateTimeOffset Tijdstip,
    string Subject,
    string OrganisatieSoort,
    string OrganisatieCode,
    IReadOnlyList<string> Rollen,
    string Methode,
    string Route,
    IReadOnlyDictionary<string, string> RouteWaarden,
    string Wat,
    int Status);
