using System.Globalization;
using System.Text;

namespace Ontwikkelagenda.FaultTests;

/// <summary>The table of the run for docs/reliability.md, written to TestResults/artifacts/reliability.md.</summary>
public static class Betrouwbaarheidsrapport
{
    public static string Tabel(IReadOnlyList<FaseUitkomst> fasen, int totaal, TimeSpan duur)
    {
        var tekst = new StringBuilder();
        tekst.AppendLine(CultureInfo.InvariantCulture,
            $"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores: {totaal:N0} meldingen acknowledged in {duur.TotalSeconds:F0} s.");
        tekst.AppendLine();
        tekst.AppendLine("| fault | meldingen acknowledged | first attempt failed, resent | lost | doubled | part healthy again after | all acknowledged in the figures after |");
        tekst.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var f in fasen)
        {
            tekst.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Storing} | {f.Bevestigd:N0} | {f.EersteKeerMislukt:N0} | {f.Verloren} | {f.Dubbel} | {f.Herstel.TotalSeconds:F1} s | {f.BijgewerktNa.TotalSeconds:F1} s |");
        }
        return tekst.ToString();
    }
}
