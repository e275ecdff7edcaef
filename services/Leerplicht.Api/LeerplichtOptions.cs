namespace Leerplicht.Api;

/// <summary>The deadline settings, bound from the <c>Leerplicht</c> section (publishing is the intake's: section <c>Intake</c>).</summary>
public sealed class LeerplichtOptions
{
    public const string SectionName = "Leerplicht";

    /// <summary>How often <see cref="Termijnen.TermijnBewaking"/> looks for cases that passed three months.</summary>
    public TimeSpan TermijnInterval { get; set; } = TimeSpan.FromMinutes(1);
}
