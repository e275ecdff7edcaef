using Ontwikkelagenda.Voorbeelddata;

namespace Ontwikkelagenda.AppHost.Services;

/// <summary>
/// Posts the sample meldingen (providers, contracts, trajectories, referrals, complex cases, goal reports) to the
/// intake services. Their meldingIds are fixed, so every start posts them again and nothing is stored twice.
/// </summary>
public static class SampleData
{
    public static async Task LoadAsync(string repoRoot, IReadOnlyDictionary<string, Uri> intakeServices, TextWriter progress, CancellationToken cancellationToken)
    {
        var file = Path.Combine(repoRoot, "data", "voorbeeld", "meldingen.json");
        try
        {
            var resultaat = await VoorbeelddataLoader.Load(file, intakeServices, progress, cancellationToken);
            await progress.WriteLineAsync($"Sample data ({resultaat.Verstuurd} meldingen) is in; start with --no-sample-data to leave it out.");
        }
        catch (VoorbeelddataException e)
        {
            // The system itself runs; only the sample is incomplete, so say so and go on.
            await progress.WriteLineAsync(e.Message);
        }
    }
}
