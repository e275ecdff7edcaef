namespace Ontwikkelagenda.Intake.Audit;

/// <summary>Which entries to read: all given conditions hold (null: no condition), newest first, one page.</summary>
public sealed record AuditFilter(
    DateTimeOffset? Van = null,
    DateTimeOffset? Tot = null,
    string? Subject = null,
    string? OrganisatieSoort = null,
    string? OrganisatieCode = null,
    int Pagina = 1,
    int PaginaGrootte = AuditFilter.StandaardPaginaGrootte)
{
    public const int StandaardPaginaGrootte = 100;
    public const int MaxPaginaGrootte = 500;
}
