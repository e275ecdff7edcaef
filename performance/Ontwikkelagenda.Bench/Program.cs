using System.Globalization;
using System.Text.Json;
using Agenda.Domein.Data;
using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.Bench;
using Ontwikkelagenda.Bench.Metingen;
using Ontwikkelagenda.Bench.Rapport;
using Ontwikkelagenda.Bench.Systeem;
using Ontwikkelagenda.EndToEndTests;
using Ontwikkelagenda.FaultTests;

// ./bench.sh [--quick] [--out DIR]: issue 12's measurements in one run, written to DIR/performance.md and .json.
BenchOpties opties;
try
{
    opties = BenchOpties.Parse(args, Path.Combine(RepositoryPaths.Root, "docs"));
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
if (opties.Hulp)
{
    Console.WriteLine(BenchOpties.Gebruik);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;
var voortgang = new Voortgang(Console.Out);
const int Zenders = 32;
int[] aantallenKijkers = [50, 200, 1_000];

var machine = Machine.Lees();
voortgang.Meld($"machine: {machine.Kernen} kernen, {machine.GeheugenMiB} MiB, belasting {machine.BelastingBijBegin}{(opties.Snel ? "; rookproef (--quick)" : "")}");

// (a) The broker on its own first, while nothing else of ours runs.
var broker = await RuweBroker.Meet(Zenders, opties.Meetduur, voortgang, ct);
voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"doorvoer RabbitMQ: {broker.BerichtenPerSeconde:N0} berichten/s"));

var dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-bench-{Guid.NewGuid():N}");
var log = Path.Combine(RepositoryPaths.Artifacts, "bench-apphost.log");
var data = DomeinData.Load(Path.Combine(RepositoryPaths.Root, "data"));
try
{
    voortgang.Meld("start het systeem op een lege datamap");
    var (systeem, koudeStart) = await StartEnGeheugen.Start(dataDir, log);
    PijplijnDoorvoer pijplijn;
    OverzichtVertraging overzicht;
    int events;
    Verdeling eenKijker;
    var kijkers = new List<KijkersMeting>();
    await using (systeem)
    {
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"systeem gezond na {koudeStart.TotalSeconds:F1} s"));
        var databases = await systeem.DatabaseConnectionStringsAsync(ct);
        var opslag = new Opslag(Opslag.Schemas.Keys.ToDictionary(d => d, d => databases[d]), databases[SystemDatabases.EventStore]);

        // (d) The viewers first, on the region's sample data as the system starts with it.
        events = (await opslag.OpgeslagenEvents()).Values.Sum();
        eenKijker = await Kijkers.EenKijker(systeem, 20, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"overzicht, 1 kijker: p50 {eenKijker.P50Ms:N0} ms, p99 {eenKijker.P99Ms:N0} ms"));
        foreach (var aantal in aantallenKijkers)
        {
            var meting = await Kijkers.Meet(systeem, aantal, opties.KijkDuur, voortgang, ct);
            kijkers.Add(meting);
            voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
                $"overzicht, {aantal} kijkers: p50 {meting.Latentie.P50Ms:N0} ms, p99 {meting.Latentie.P99Ms:N0} ms, {meting.Fouten} fouten"));
        }
        // Whatever the viewers left queued is answered before the pipeline is measured.
        await Kijkers.EenKijker(systeem, 1, ct);

        // (b) The pipeline at full speed, then (c) at half of it.
        pijplijn = await Pijplijn.Meet(systeem, opslag, data.Referentiedata, Zenders, opties.Meetduur, voortgang, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"doorvoer keten: {pijplijn.MeldingenPerSeconde:N0} meldingen/s, {pijplijn.MeldingenPerSeconde / broker.BerichtenPerSeconde:F3} van RabbitMQ"));
        overzicht = await MeldingNaarOverzicht.Meet(systeem, data.Referentiedata, pijplijn.MeldingenPerSeconde / 2, Zenders, opties.ProefDuur, voortgang, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"melding naar overzicht: p50 {overzicht.Vertraging.P50Ms:N0} ms, p99 {overzicht.Vertraging.P99Ms:N0} ms, max {overzicht.Vertraging.MaxMs:N0} ms"));
        voortgang.Meld("stop het systeem");
    }

    // (e) A warm start on the data the run left, and the idle memory after it.
    voortgang.Meld("start het systeem opnieuw (warm)");
    var (warm, warmeStart) = await StartEnGeheugen.Start(dataDir, log);
    IReadOnlyDictionary<string, double> geheugen;
    await using (warm)
    {
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"systeem gezond na {warmeStart.TotalSeconds:F1} s; meet het geheugen in rust"));
        geheugen = await StartEnGeheugen.RustGeheugen(warm, opties.Snel ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(30), ct);
    }

    var resultaat = new BenchResultaat(DateTimeOffset.UtcNow, opties.Snel, machine, broker, pijplijn, overzicht, events, eenKijker, kijkers,
        new Opstart(koudeStart.TotalSeconds, warmeStart.TotalSeconds, geheugen));
    Directory.CreateDirectory(opties.Uitvoer);
    var tabel = Path.Combine(opties.Uitvoer, "performance.md");
    await File.WriteAllTextAsync(tabel, PrestatieTabel.Markdown(resultaat), ct);
    await File.WriteAllTextAsync(Path.Combine(opties.Uitvoer, "performance.json"),
        JsonSerializer.Serialize(resultaat, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), ct);
    voortgang.Meld($"klaar: {tabel} en performance.json");
    return 0;
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("Afgebroken.");
    return 130;
}
catch (Exception e) when (e is TimeoutException or InvalidOperationException or HttpRequestException or OperationCanceledException)
{
    // The system did not start or a measurement could not finish: one sentence, the details in the log.
    Console.Error.WriteLine($"De meting brak af: {e.Message} Zie {log}.");
    return 1;
}
finally
{
    try { Directory.Delete(dataDir, recursive: true); }
    catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
    catch (UnauthorizedAccessException) { }
}
