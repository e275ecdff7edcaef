using System.Security.Cryptography;
using Identity.Client;
using Ontwikkelagenda.Voorbeelddata;

namespace Ontwikkelagenda.AppHost.Services;

/// <summary>
/// Posts the sample meldingen (providers, contracts, trajectories, referrals, complex cases, goal reports) to the
/// intake services, each with the token of the demo organisation's client it names (Identity.Api's demo list). Their meldingIds are fixed, so posting them again stores nothing twice; a data directory that
/// holds them already (its marker names this very file) is therefore not posted to again, which keeps a warm start short.
/// </summary>
public static class SampleData
{
    /// <summary>In the data directory: the SHA-256 of the meldingen file last posted completely.</summary>
    private const string MarkerName = "voorbeelddata.sha256";

    /// <param name="authority">Identity.Api's URL.</param>
    /// <param name="demoAccountsFile">Identity.Api's demo list with the clients' secrets (<see cref="IdentityService.DemoAccountsFile"/>).</param>
    public static async Task LoadAsync(string repoRoot, string dataDir, IReadOnlyDictionary<string, Uri> intakeServices, Uri authority, string demoAccountsFile,
        TextWriter progress, CancellationToken cancellationToken)
    {
        var file = Path.Combine(repoRoot, "data", "voorbeeld", "meldingen.json");
        var marker = Path.Combine(dataDir, MarkerName);
        var fingerprint = File.Exists(file) ? Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken))) : null;
        if (fingerprint is not null && File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == fingerprint)
        {
            await progress.WriteLineAsync("Sample data is in (posted at an earlier start on this data directory).");
            return;
        }

        if (!File.Exists(demoAccountsFile))
        {
            await progress.WriteLineAsync($"Sample data is left out: {demoAccountsFile} with the demo clients is missing (Identity.Api writes it on the first start on a data directory; remove the directory to seed again).");
            return;
        }

        try
        {
            var resultaat = await VoorbeelddataLoader.Load(file, intakeServices, authority, DemoAccounts.Lees(demoAccountsFile), progress, cancellationToken);
            await File.WriteAllTextAsync(marker, fingerprint, cancellationToken);
            await progress.WriteLineAsync($"Sample data ({resultaat.Verstuurd} meldingen) is in; start with --no-sample-data to leave it out.");
        }
        catch (VoorbeelddataException e)
        {
            // The system itself runs; only the sample is incomplete, so say so and go on (and post it again next time).
            await progress.WriteLineAsync(e.Message);
        }
    }
}
