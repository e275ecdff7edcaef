namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>Sends the rows of a clean file one by one; a row the service refuses now (503, 409) is reported, the rest go on.</summary>
public static class UploadVerzending
{
    public sealed record Uitslag(int Aangenomen, int Totaal, IReadOnlyList<string> Fouten);

    /// <param name="voortgang">Called with the number of rows sent so far.</param>
    public static async Task<Uitslag> Verstuur(UploadRapport rapport, Action<int>? voortgang, CancellationToken cancellationToken)
    {
        if (!rapport.Schoon) throw new InvalidOperationException("Alleen een bestand zonder fouten wordt verstuurd.");
        var rijen = rapport.TeVersturen;
        var aangenomen = 0;
        var fouten = new List<string>();
        for (var i = 0; i < rijen.Count; i++)
        {
            var rij = rijen[i];
            var antwoord = await rapport.Soort.Verstuur(rij.Rij, rij.MeldingId, cancellationToken);
            if (antwoord.Aangenomen) aangenomen++;
            else fouten.Add(antwoord.Veldfouten.Count > 0
                ? string.Join(" ", antwoord.Veldfouten.Select(f => $"Rij {rij.Rij.Regel}: {f.Naam}: {f.Reden}"))
                : $"Rij {rij.Rij.Regel}: {antwoord.Probleem}");
            voortgang?.Invoke(i + 1);
        }
        return new Uitslag(aangenomen, rijen.Count, fouten);
    }
}
