namespace Ontwikkelagenda.Intake.Audit;

/// <summary>One audited request: who (from the token), when, what (the operation and the path's ids) and the answer's status.</summary>
/// <param name="Id">The entry's number; later entries have higher numbers.</param>
/// <param name="Tijdstip">When the answer was known (UTC).</param>
/// <param name="Subject">The token's subject: the account or the organisation's client.</param>
/// <param name="OrganisatieSoort">The kind of organisation the caller works for (gemeente, school, swv, subregio, beheer).</param>
/// <param name="OrganisatieCode">The organisation's code (CBS-code, BRIN, SWV-code).</param>
/// <param name="Rollen">The caller's roles.</param>
/// <param name="Methode">The HTTP method.</param>
/// <param name="Route">The route pattern, e.g. <c>/v1/thuiszitters/{id}</c>.</param>
/// <param name="RouteWaarden">The values of the route's parameters, e.g. the case id.</param>
/// <param name="Wat">The operation (its operationId in the OpenAPI document), e.g. <c>MeldThuiszitter</c>.</param>
/// <param name="Status">The HTTP status of the answer.</param>
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
