using System.Text;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>
/// The template of a kind: UTF-8 with BOM (so Excel reads the accents), <c>;</c> separated, the JSON field names as
/// header, then one example row marked "voorbeeld" in the opmerking column, which the upload skips.
/// </summary>
public static class UploadSjabloon
{
    public const string VoorbeeldMarkering = "voorbeeld: vervang of verwijder deze rij";

    public static string Tekst(IUploadSoort soort)
    {
        var kop = soort.Kolommen.Select(k => k.Naam).Append(UploadControle.Opmerking);
        var voorbeeld = soort.Voorbeeld.Append(VoorbeeldMarkering);
        return $"{Regel(kop)}\r\n{Regel(voorbeeld)}\r\n";
    }

    public static byte[] Bytes(IUploadSoort soort) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Tekst(soort))];

    public static string Bestandsnaam(IUploadSoort soort) => $"sjabloon-{soort.Code}.csv";

    private static string Regel(IEnumerable<string> cellen) => string.Join(';', cellen.Select(Cel));

    private static string Cel(string waarde) =>
        waarde.IndexOfAny([';', ',', '"', '\n', '\r']) >= 0 ? $"\"{waarde.Replace("\"", "\"\"")}\"" : waarde;
}
