using Refit;

namespace Intake.Client;

/// <summary>The audit trail every intake service serves (GET /v1/audit), for the functionaris gegevensbescherming.</summary>
public interface IAuditApi
{
    /// <summary>The first page of entries, newest first; <paramref name="organisatie"/> is soort:code (gemeente:GM1730).</summary>
    [Get("/v1/audit")]
    Task<AuditPagina> GetAudit(string? subject = null, string? organisatie = null, int? paginaGrootte = null, CancellationToken cancellationToken = default);
}
