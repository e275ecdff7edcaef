namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A data row by column name, with its dates already read (null when empty or unreadable; the check reports those).</summary>
public sealed class UploadRij(int regel, IReadOnlyDictionary<string, string> cellen)
{
    public int Regel { get; } = regel;

    /// <summary>The cell, or null when empty or absent.</summary>
    public string? Tekst(string kolom) => cellen.TryGetValue(kolom, out var waarde) && waarde.Length > 0 ? waarde : null;

    public DateOnly? Datum(string kolom) => UploadDatum.Lees(Tekst(kolom));
}
