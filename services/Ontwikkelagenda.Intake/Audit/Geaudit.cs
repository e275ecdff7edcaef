using Microsoft.AspNetCore.Builder;

namespace Ontwikkelagenda.Intake.Audit;

/// <summary>Marks endpoints whose every request <see cref="AuditMiddleware"/> records in the audit trail.</summary>
public sealed class Geaudit
{
    internal static Geaudit Metadata { get; } = new();

    private Geaudit()
    {
    }
}

public static class GeauditExtensions
{
    /// <summary>
    /// Every request to these endpoints (reads and writes of case-level data) leaves an entry in the audit trail: who,
    /// when, which operation on which id, and the answer's status, 403s included.
    /// </summary>
    public static TBuilder Geaudit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Audit.Geaudit.Metadata);
}
