namespace Agenda.Silo.Data;

/// <summary>Where the versioned data files are, bound from the <c>DomeinData</c> section.</summary>
public sealed class DomeinDataOptions
{
    public const string Section = "DomeinData";

    /// <summary>Relative paths resolve against the application's base directory, where the build copies <c>data/</c>.</summary>
    public string Pad { get; set; } = "data";
}
