namespace Ontwikkelagenda.Agenda.Silo.Referentie;

/// <summary>Where the versioned reference data file is, bound from the <c>Referentiedata</c> section.</summary>
public sealed class ReferentiedataOptions
{
    public const string Section = "Referentiedata";

    /// <summary>Relative paths resolve against the application's base directory, where the build copies the file.</summary>
    public string Pad { get; set; } = Path.Combine("data", "referentiedata.json");
}
