namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A data row by column name, with its dates already read (null when empty or unreadable; the check reports those).</summary>
public sealed class UploadRij(int regel, IReadOnlyDictionary<string, string> cellen)
{
    public int Regel { get; } = regel;

    /// <summary>The cell, or null when empty or absent.</summary>
    public string? Tekst(string kolom) => cellen.TryGetValue(kolom, out var waarde) && waarde.Length > 0 ? waarde : null;

    public DateOnly? Datum(string kolom) => UploadDatum.Lees(Tekst(kolom));

    /// <summary>
    /// The cell as a UUID; null when empty. A filled cell that is no UUID becomes the empty UUID, which no service accepts,
    /// so the service names the field instead of treating it as left out.
    /// </summary>
    public Guid? Uuid(string kolom) => Tekst(kolom) is { } tekst ? Guid.TryParse(tekst, out var id) ? id : Guid.Empty : null;

    /// <summary>ja is true, nee is false; anything else null (the column's <see cref="UploadKolom.Waarden"/> report it).</summary>
    public bool? JaNee(string kolom) => Tekst(kolom)?.ToLowerInvariant() switch
    {
        "ja" => true,
        "nee" => false,
        _ => null,
    };

    /// <summary>A cell holding several values, separated by spaces or commas; empty when the cell is.</summary>
    public IReadOnlyList<string> Lijst(string kolom) =>
        Tekst(kolom)?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
