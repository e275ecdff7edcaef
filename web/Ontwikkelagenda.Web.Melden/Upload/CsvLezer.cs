using System.Text;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>
/// Reads the CSV files people export from spreadsheets (RFC 4180 with the Dutch habits): UTF-8 with or without BOM,
/// <c>;</c> (Dutch Excel) or <c>,</c> as separator, decided by the header line; quoted cells with <c>""</c> for a quote and
/// line breaks inside quotes; CRLF or LF; empty lines skipped. Cells are trimmed.
/// </summary>
public static class CsvLezer
{
    public static CsvTabel Lees(byte[] bestand)
    {
        // UTF8Encoding skips a BOM only through a reader; strip it here so the first column name is clean.
        var tekst = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bestand);
        return Lees(tekst);
    }

    public static CsvTabel Lees(string tekst)
    {
        if (tekst.Length > 0 && tekst[0] == '\uFEFF') tekst = tekst[1..];
        var scheiding = Scheidingsteken(tekst);
        var records = Records(tekst, scheiding).Where(r => r.Cellen.Any(c => c.Length > 0)).ToList();
        if (records.Count == 0) return new CsvTabel(scheiding, [], []);
        return new CsvTabel(scheiding, records[0].Cellen, records.Skip(1).ToList());
    }

    /// <summary><c>;</c> unless the header line (outside quotes) has more commas than semicolons.</summary>
    private static char Scheidingsteken(string tekst)
    {
        int puntkomma = 0, komma = 0;
        var binnenQuotes = false;
        foreach (var teken in tekst)
        {
            if (teken == '"') binnenQuotes = !binnenQuotes;
            else if (!binnenQuotes && teken is '\n' or '\r' && (puntkomma + komma) > 0) break;
            else if (!binnenQuotes && teken == ';') puntkomma++;
            else if (!binnenQuotes && teken == ',') komma++;
        }
        return komma > puntkomma ? ',' : ';';
    }

    private static IEnumerable<CsvRij> Records(string tekst, char scheiding)
    {
        var cellen = new List<string>();
        var cel = new StringBuilder();
        var regel = 1;
        var beginRegel = 1;
        var binnenQuotes = false;
        for (var i = 0; i < tekst.Length; i++)
        {
            var teken = tekst[i];
            if (binnenQuotes)
            {
                if (teken == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"')
                {
                    cel.Append('"');
                    i++;
                }
                else if (teken == '"') binnenQuotes = false;
                else
                {
                    if (teken == '\n') regel++;
                    cel.Append(teken);
                }
                continue;
            }
            switch (teken)
            {
                case '"':
                    binnenQuotes = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    cellen.Add(cel.ToString().Trim());
                    yield return new CsvRij(beginRegel, cellen);
                    cellen = [];
                    cel.Clear();
                    regel++;
                    beginRegel = regel;
                    break;
                default:
                    if (teken == scheiding)
                    {
                        cellen.Add(cel.ToString().Trim());
                        cel.Clear();
                    }
                    else cel.Append(teken);
                    break;
            }
        }
        if (cel.Length > 0 || cellen.Count > 0)
        {
            cellen.Add(cel.ToString().Trim());
            yield return new CsvRij(beginRegel, cellen);
        }
    }
}
