using System.Text;

namespace Ontwikkelagenda.Web.Export;

/// <summary>
/// CSV as Dutch Excel opens it by double-click: semicolon separated (the comma is the decimal sign in nl-NL),
/// UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and breaks "één"), CRLF line ends.
/// A field is quoted when it holds a separator, a quote or a line break; quotes inside are doubled (RFC 4180).
/// </summary>
public static class DutchCsv
{
    public const char Separator = ';';

    public const string MediaType = "text/csv;charset=utf-8";

    private static readonly char[] NeedsQuotes = [Separator, '"', '\r', '\n'];

    // A cell starting with one of these is a formula to Excel; names come from partners, so keep them text.
    private static readonly char[] StartsFormula = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The file's text, header row first.</summary>
    public static string Text(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows)
        {
            AppendRow(csv, row);
        }
        return csv.ToString();
    }

    /// <summary>The file's bytes: UTF-8 with byte order mark.</summary>
    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Text(header, rows))];
    }

    public static string Field(string value)
    {
        var text = value.Length > 0 && StartsFormula.Contains(value[0]) ? "'" + value : value;
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> row)
    {
        csv.AppendJoin(Separator, row.Select(Field));
        csv.Append("\r\n");
    }
}
