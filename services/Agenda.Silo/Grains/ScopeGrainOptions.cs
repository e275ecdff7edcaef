namespace Agenda.Silo.Grains;

/// <summary>How the scope grains keep up, bound from the <c>ScopeGrains</c> section.</summary>
public sealed class ScopeGrainOptions
{
    public const string Section = "ScopeGrains";

    /// <summary>
    /// At most this often a read first looks in the event store for what the live applies missed, and follows the
    /// region's reports again; reads in between are served from memory. Zero looks at every read.
    /// </summary>
    public TimeSpan Bijwerkinterval { get; set; } = TimeSpan.FromSeconds(3);
}
