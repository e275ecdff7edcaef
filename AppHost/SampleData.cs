using Ontwikkelagenda.Voorbeelddata;

namespace Ontwikkelagenda.AppHost;

/// <summary>
/// Posts the sample meldingen (providers, contracts, trajectories, referrals, complex cases, goal reports) to the
/// intake services. Their meldingIds are fixed, so every start posts them again and nothing is stored twice.
/// </summary>
public static class SampleData
{
    public static async Task LoadAsync(string repoRoot, ProjectResource inkoopApi, ProjectResource ondersteuningApi,
        ResourceConsole console, CancellationToken cancellationToken)
    {
        var file = Path.Combine(repoRoot, "data", "voorbeeld", "meldingen.json");
        var services = new Dictionary<string, Uri>
        {
            ["inkoop-api"] = new(inkoopApi.Url!),
            ["ondersteuning-api"] = new(ondersteuningApi.Url!),
        };
        try
        {
            var resultaat = await VoorbeelddataLoader.Load(file, services, new ConsoleLineWriter(console), cancellationToken);
            console.Info($"Sample data ({resultaat.Verstuurd} meldingen) is in; start with --no-sample-data to leave it out.");
        }
        catch (VoorbeelddataException e)
        {
            // The system itself runs; only the sample is incomplete, so say so and go on.
            console.Error(e.Message);
        }
    }
}
