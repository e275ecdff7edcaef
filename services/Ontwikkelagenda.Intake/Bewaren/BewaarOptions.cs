namespace Ontwikkelagenda.Intake.Bewaren;

/// <summary>
/// How long a case's pseudonymous reference is kept after the case closed, bound from the <c>Bewaren</c> section.
/// The default is the project's reading of "a retention period after a case ends" (domain.md, Privacy), not law:
/// see docs/retention.md.
/// </summary>
public sealed class BewaarOptions
{
    public const string SectionName = "Bewaren";

    /// <summary>How long after a case closed (or its report was withdrawn) its reference is removed.</summary>
    public TimeSpan NaAfsluiting { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often <see cref="Bewaartermijn"/> looks for references past the period.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
