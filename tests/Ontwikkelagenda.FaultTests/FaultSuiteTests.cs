using System.Diagnostics;
using Agenda.Api.Client;
using Agenda.Domein.Data;
using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.EndToEndTests;
using Refit;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// Jepsen-style: a steady load of meldingen over every intake service while the parts fail one after another. After
/// each fault every acknowledged melding is in the figures exactly once, a melding that got an error or no answer is
/// in exactly once after its resend, and every KPI at every level equals a recomputation from the intake stores.
/// </summary>
public sealed class FaultSuiteTests
{
    private const int MeldingenPerFase = 1_450; // seven phases: more than 10,000 in all
    private const int Werkers = 12;

    /// <summary>A line per phase in TestResults/artifacts/fault-progress.log, so a slow or stuck run shows where it is.</summary>
    private static void Voortgang(string regel) =>
        File.AppendAllText(Path.Combine(RepositoryPaths.Artifacts, "fault-progress.log"), $"{DateTime.UtcNow:HH:mm:ss} {regel}{Environment.NewLine}");

    [Fact]
    public async Task Under_load_no_fault_loses_or_doubles_an_acknowledged_melding_and_every_figure_equals_the_intake_stores()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-faults-{Guid.NewGuid():N}");
        await using var system = new AspireSystem(dataDir, Path.Combine(RepositoryPaths.Artifacts, "fault-apphost.log"));
        Voortgang("start het systeem");
        await system.StartAsync("--no-monitoring");
        try
        {
            var duur = Stopwatch.StartNew();
            var data = DomeinData.Load(Path.Combine(RepositoryPaths.Root, "data"));
            var databases = await system.DatabaseConnectionStringsAsync(cancellationToken);
            var toegang = SysteemToegang.Van(system);
            using var kijker = toegang.AgendaKijker(system);
            var afstemming = new Afstemming(new Opslag(Opslag.Schemas.Keys.ToDictionary(d => d, d => databases[d]), databases[SystemDatabases.EventStore]),
                RestService.For<IAgendaApi>(kijker),
                code => RestService.For<IAgendaApi>(toegang.Client(system, "agenda-api", SysteemToegang.Van(code))), data, Meldingen.Today);
            using var intakes = new Intakes(system, toegang);
            var belasting = new Belasting(intakes, data.Referentiedata, Meldingen.Today);

            var fasen = new List<FaseUitkomst>();
            var fouten = new List<string>();
            Storing?[] storingen = [null, .. new Storingen(system).Alle];
            for (var i = 0; i < storingen.Length; i++)
            {
                var storing = storingen[i];
                var naam = storing?.Naam ?? "geen storing (ijking)";
                var voor = belasting.Verzonden.Count;
                var hersteld = false;
                var last = belasting.Draai(Werkers, seed: i + 1, () => hersteld && belasting.Verzonden.Count - voor >= MeldingenPerFase, cancellationToken);

                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
                Voortgang($"{naam}: begint");
                var herstel = TimeSpan.Zero;
                var bijgewerkt = Stopwatch.StartNew();
                if (storing is not null)
                {
                    await storing.Breek();
                    bijgewerkt.Restart();
                    await storing.Herstel();
                    herstel = bijgewerkt.Elapsed;
                }
                hersteld = true;
                // Recovered: everything acknowledged up to now reaches the event store, while the load goes on.
                var totNu = belasting.Verzonden.Select(v => v.MeldingId).ToList();
                if (!await afstemming.WachtTotOpgeslagen(totNu, cancellationToken))
                    fouten.Add($"{naam}: niet alles wat bevestigd was kwam in de event store.");
                var bijgewerktNa = bijgewerkt.Elapsed;
                await last;

                var fase = belasting.Verzonden.Skip(voor).ToList();
                await afstemming.WachtTotOpgeslagen([.. belasting.Verzonden.Select(v => v.MeldingId)], cancellationToken);
                var (verloren, dubbel, vreemd) = await afstemming.Tel([.. fase.Select(v => v.MeldingId)]);
                fasen.Add(new FaseUitkomst(naam, fase.Count, fase.Count(v => v.EersteKeerMislukt), verloren, dubbel + vreemd, herstel, bijgewerktNa));
                var verschillen = await afstemming.FigurenVerschillen(cancellationToken);
                fouten.AddRange(verschillen.Select(v => $"{naam}: {v}"));
                Voortgang($"{naam}: {fase.Count} bevestigd, {verloren} verloren, {dubbel + vreemd} dubbel, {verschillen.Count} niveaus met andere cijfers, " +
                    $"hersteld na {herstel.TotalSeconds:F1} s, na {duur.Elapsed.TotalSeconds:F0} s");
            }

            var tabel = Betrouwbaarheidsrapport.Tabel(fasen, belasting.Verzonden.Count, duur.Elapsed);
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Artifacts, "reliability.md"), tabel, cancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine(tabel);

            Assert.True(belasting.Verzonden.Count >= 10_000, $"Only {belasting.Verzonden.Count} meldingen acknowledged.");
            Assert.All(fasen, f => Assert.True(f.Verloren == 0 && f.Dubbel == 0, $"{f.Storing}: {f.Verloren} lost, {f.Dubbel} doubled."));
            Assert.Empty(fouten);
        }
        finally
        {
            await Firewall.Verwijder();
            await system.StopAsync();
            try { Directory.Delete(dataDir, recursive: true); }
            catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
            catch (UnauthorizedAccessException) { }
        }
    }
}
