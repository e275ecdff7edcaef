using Intake.Client;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>Stands in for one intake service's GET /v1/audit: answers through a settable function, keeps the filters asked.</summary>
internal sealed class FakeAudit
{
    public List<(string? Subject, string? Organisatie)> Gevraagd { get; } = [];

    public Func<string?, string?, Task<AuditPagina>> Antwoord { get; set; } = (_, _) => Task.FromResult(new AuditPagina([], 1, 100, null));

    public Task<AuditPagina> GetAudit(string? subject, string? organisatie)
    {
        lock (Gevraagd) Gevraagd.Add((subject, organisatie));
        return Antwoord(subject, organisatie);
    }
}
