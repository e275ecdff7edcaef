using Intake.Client;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>
/// Checks a whole uploaded file before anything is sent: the columns against the template, every row locally (required
/// cells, dates) and then by the service's own validation without storing (POST .../validaties). Local errors go first;
/// the service's errors are added for the fields the local check found no fault with.
/// </summary>
public static class UploadControle
{
    /// <summary>A free column for the user's notes: never sent; "voorbeeld" in it marks the template's example row.</summary>
    public const string Opmerking = "opmerking";

    public const int MaxRijen = 1000;

    /// <summary>The largest CSV file the upload page reads (a thousand rows fit well within it).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <param name="voortgang">Called with the number of rows the service has checked.</param>
    public static async Task<UploadRapport> Controleer(IUploadSoort soort, byte[] bestand, Action<int>? voortgang, CancellationToken cancellationToken)
    {
        var vingerafdruk = MeldingIdAfleiding.Vingerafdruk(bestand);
        var tabel = CsvLezer.Lees(bestand);
        var bestandFouten = Kolomfouten(soort, tabel).ToList();
        if (tabel.Kolommen.Count > 0 && tabel.Rijen.Count == 0) bestandFouten.Add("Het bestand bevat geen meldingen: alleen een kopregel.");
        if (tabel.Rijen.Count > MaxRijen) bestandFouten.Add($"Het bestand heeft {tabel.Rijen.Count} rijen; upload er hoogstens {MaxRijen} tegelijk.");
        if (bestandFouten.Count > 0) return new UploadRapport(soort, vingerafdruk, bestandFouten, []);

        var kolommen = tabel.Kolommen.Select(Canoniek(soort)).ToList();
        var rijen = new List<GecontroleerdeRij>();
        var gecontroleerd = 0;
        foreach (var csvRij in tabel.Rijen)
        {
            var cellen = kolommen.Zip(csvRij.Cellen).ToDictionary(p => p.First, p => p.Second);
            var rij = new UploadRij(csvRij.Regel, cellen);
            var meldingId = MeldingIdAfleiding.Voor(vingerafdruk, soort.Code, csvRij.Regel);
            if (rij.Tekst(Opmerking)?.StartsWith("voorbeeld", StringComparison.OrdinalIgnoreCase) == true)
            {
                rijen.Add(new GecontroleerdeRij(rij, meldingId, IsVoorbeeld: true, []));
                continue;
            }
            var fouten = LokaleFouten(soort, tabel, csvRij, rij).ToList();
            var lokaal = fouten.Select(f => f.Naam).ToHashSet();
            var antwoord = await soort.Controleer(rij, meldingId, cancellationToken);
            fouten.AddRange(antwoord.Veldfouten
                .Where(f => f.Naam != "meldingId")
                .Select(f => f with { Naam = soort.KolomVan(f.Naam) })
                .Where(f => !lokaal.Contains(f.Naam)));
            if (!antwoord.Aangenomen && antwoord.Veldfouten.Count == 0)
                fouten.Add(new Veldfout("", antwoord.Probleem ?? "De dienst kon deze rij niet controleren."));
            rijen.Add(new GecontroleerdeRij(rij, meldingId, IsVoorbeeld: false, fouten));
            voortgang?.Invoke(++gecontroleerd);
        }
        if (rijen.All(r => r.IsVoorbeeld))
            return new UploadRapport(soort, vingerafdruk, ["Het bestand bevat alleen de voorbeeldrij; vul er uw meldingen onder in."], rijen);
        return new UploadRapport(soort, vingerafdruk, [], rijen);
    }

    private static IEnumerable<string> Kolomfouten(IUploadSoort soort, CsvTabel tabel)
    {
        if (tabel.Kolommen.Count == 0)
        {
            yield return "Het bestand is leeg. Begin met het sjabloon: de eerste regel noemt de kolommen.";
            yield break;
        }
        var bekend = soort.Kolommen.Select(k => k.Naam).Append(Opmerking).ToList();
        foreach (var kolom in tabel.Kolommen.Where(k => !bekend.Contains(k, StringComparer.OrdinalIgnoreCase)))
            yield return kolom.Length == 0
                ? "De kopregel heeft een lege kolomnaam."
                : $"Kolom '{kolom}' hoort niet bij het sjabloon voor {soort.Titel.ToLowerInvariant()}; de kolommen zijn {string.Join(", ", bekend)}.";
        foreach (var dubbel in tabel.Kolommen.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            yield return $"Kolom '{dubbel.Key}' staat {dubbel.Count()} keer in de kopregel.";
        foreach (var ontbreekt in soort.Kolommen.Where(k => k.Verplicht && !tabel.Kolommen.Contains(k.Naam, StringComparer.OrdinalIgnoreCase)))
            yield return $"Kolom '{ontbreekt.Naam}' ontbreekt in de kopregel ({ontbreekt.Omschrijving}).";
    }

    private static IEnumerable<Veldfout> LokaleFouten(IUploadSoort soort, CsvTabel tabel, CsvRij csvRij, UploadRij rij)
    {
        if (csvRij.Cellen.Count > tabel.Kolommen.Count)
            yield return new Veldfout("", $"Deze rij heeft {csvRij.Cellen.Count} cellen en de kopregel {tabel.Kolommen.Count} kolommen; " +
                $"zet een waarde met '{tabel.Scheidingsteken}' tussen aanhalingstekens.");
        foreach (var kolom in soort.Kolommen)
        {
            var tekst = rij.Tekst(kolom.Naam);
            if (tekst is null && kolom.Verplicht)
                yield return new Veldfout(kolom.Naam, $"Leeg; vul {kolom.Omschrijving} in.");
            else if (tekst is not null && kolom.IsDatum && UploadDatum.Lees(tekst) is null)
                yield return new Veldfout(kolom.Naam, $"'{tekst}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-02.");
            else if (tekst is not null && kolom.Waarden is { } waarden && !waarden.Contains(tekst, StringComparer.OrdinalIgnoreCase))
                yield return new Veldfout(kolom.Naam, $"'{tekst}' kan hier niet; schrijf {string.Join(" of ", waarden)}.");
        }
    }

    private static Func<string, string> Canoniek(IUploadSoort soort) => kolom =>
        soort.Kolommen.FirstOrDefault(k => string.Equals(k.Naam, kolom, StringComparison.OrdinalIgnoreCase))?.Naam
        ?? (string.Equals(kolom, Opmerking, StringComparison.OrdinalIgnoreCase) ? Opmerking : kolom);
}
