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
using Ontwikkelagenda.Landelijk;

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
const int Seed = 12;
int[] aantallenKijkers = [50, 200, 1_000];
// The load client's continuations must not wait for the thread pool to grow from its minimum (one thread per core)
// while 1,000 viewers' answers arrive; AppHost runs in this process too.
ThreadPool.GetMinThreads(out var werkers, out var io);
ThreadPool.SetMinThreads(Math.Max(werkers, 200), Math.Max(io, 200));

var machine = Machine.Lees();
voortgang.Meld($"machine: {machine.Kernen} kernen, {machine.GeheugenMiB} MiB, belasting {machine.BelastingBijBegin}{(opties.Snel ? "; rookproef (--quick)" : "")}");

// (a) The broker on its own first, while nothing else of ours runs.
var broker = await RuweBroker.Meet(Zenders, opties.Meetduur, voortgang, ct);
voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"doorvoer RabbitMQ: {broker.BerichtenPerSeconde:N0} berichten/s"));

var dataDir = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-bench-{Guid.NewGuid():N}");
var landelijkeMap = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-bench-landelijk-{Guid.NewGuid():N}");
var log = Path.Combine(RepositoryPaths.Artifacts, "bench-apphost.log");
var regioMap = Path.Combine(RepositoryPaths.Root, "data");
var data = DomeinData.Load(regioMap);
try
{
    voortgang.Meld("start het systeem op een lege datamap");
    var (systeem, koudeStart) = await StartEnGeheugen.Start(dataDir, log);
    PijplijnDoorvoer pijplijn;
    OverzichtVertraging overzicht;
    int events;
    Verdeling eenKijker;
    KijkersMeting plafond;
    AanmeldMeting aanmelden;
    var kijkers = new List<KijkersMeting>();
    var regioOverzicht = Kijkers.Pagina(Kijkers.RegioOverzicht);
    await using (systeem)
    {
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"systeem gezond na {koudeStart.TotalSeconds:F1} s"));
        var databases = await systeem.DatabaseConnectionStringsAsync(ct);
        var opslag = new Opslag(Opslag.Schemas.Keys.ToDictionary(d => d, d => databases[d]), databases[SystemDatabases.EventStore]);

        // (d) The viewers first, on the region's sample data as the system starts with it.
        events = (await opslag.OpgeslagenEvents()).Values.Sum();
        eenKijker = await Kijkers.EenKijker(systeem, regioOverzicht, 20, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"overzicht, 1 kijker: p50 {eenKijker.P50Ms:N0} ms, p99 {eenKijker.P99Ms:N0} ms"));
        foreach (var aantal in aantallenKijkers)
        {
            kijkers.Add(await MeetKijkers(systeem, aantal, regioOverzicht, "overzicht"));
        }
        // The client's own ceiling: the most viewers on a page that asks no grain.
        plafond = await MeetKijkers(systeem, aantallenKijkers[^1], Kijkers.Pagina(Kijkers.Levend), "/alive");
        // Whatever the viewers left queued is answered before the pipeline is measured.
        await Kijkers.EenKijker(systeem, regioOverzicht, 1, ct);
        aanmelden = await AanmeldenNaarOverzicht.Meet(systeem, voortgang, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"aanmelden naar overzicht: eerste {aanmelden.EersteMs:N0} ms, daarna p50 {aanmelden.Totaal.P50Ms:N0} ms, max {aanmelden.Totaal.MaxMs:N0} ms"));

        // (b) The pipeline at full speed, then (c) at half of it.
        pijplijn = await Pijplijn.Meet(systeem, opslag, data.Referentiedata, Zenders, opties.Meetduur, voortgang, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"doorvoer keten: {pijplijn.MeldingenPerSeconde:N0} meldingen/s, {pijplijn.MeldingenPerSeconde / broker.BerichtenPerSeconde:F3} van RabbitMQ"));
        overzicht = await MeldingNaarOverzicht.Meet(systeem, data.Referentiedata, pijplijn.MeldingenPerSeconde / 2, Zenders, opties.ProefDuur, voortgang, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"melding naar overzicht: p50 {overzicht.Vertraging.P50Ms:N0} ms, p99 {overzicht.Vertraging.P99Ms:N0} ms, max {overzicht.Vertraging.MaxMs:N0} ms"));
        voortgang.Meld("stop het systeem");
    }

    // (e) A warm start on the data the run left, and the idle memory after it; then, the silos idle, the national
    // year of events goes into the event store.
    voortgang.Meld("start het systeem opnieuw (warm)");
    var (warm, warmeStart) = await StartEnGeheugen.Start(dataDir, log);
    IReadOnlyDictionary<string, double> geheugen;
    var land = LandelijkeDatamap.Schrijf(Seed, regioMap, landelijkeMap);
    var landelijkRegister = DomeinData.Load(landelijkeMap).Referentiedata;
    LadingMeting lading;
    await using (warm)
    {
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"systeem gezond na {warmeStart.TotalSeconds:F1} s; meet het geheugen in rust"));
        geheugen = await StartEnGeheugen.RustGeheugen(warm, opties.Rust, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"laad {land.Events.Count:N0} landelijke events in de eventstore"));
        lading = await LandelijkeLading.Laad((await warm.DatabaseConnectionStringsAsync(ct))[SystemDatabases.EventStore], land.Events, landelijkRegister, ct);
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"geladen in {lading.Seconden:F1} s ({lading.EventsPerSeconde:N0} events/s); stop het systeem"));
    }

    // (f) National scale: a warm start with the silos on the national register, its idle memory, and the viewers.
    voortgang.Meld("start het systeem met het landelijke register (warm)");
    var (landelijk, landelijkeStart) = await StartEnGeheugen.Start(dataDir, log, landelijkeMap);
    LandelijkeMeting landelijkeMeting;
    await using (landelijk)
    {
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"systeem gezond na {landelijkeStart.TotalSeconds:F1} s; meet het geheugen in rust"));
        var landelijkGeheugen = await StartEnGeheugen.RustGeheugen(landelijk, opties.Rust, ct);
        var databases = await landelijk.DatabaseConnectionStringsAsync(ct);
        var opgeslagen = (await new Opslag(new Dictionary<string, string>(), databases[SystemDatabases.EventStore]).OpgeslagenEvents()).Values.Sum();
        var mix = LandelijkeMix.Paginas(landelijkRegister, aantallenKijkers[^1], Seed);

        var eenRegio = await Kijkers.EenKijker(landelijk, regioOverzicht, 20, ct);
        var regio = new List<KijkersMeting>();
        foreach (var aantal in aantallenKijkers) regio.Add(await MeetKijkers(landelijk, aantal, regioOverzicht, "landelijk, regio-overzicht"));
        // Every page of the mix is opened once before anyone watches, as a page is open before its viewers look: the
        // first read activates the page's grains, which read their scope from the store. Measured apart.
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture, $"open elk van de {aantallenKijkers[^1]:N0} landelijke pagina's een keer"));
        var eersteOpeningMix = await Kijkers.EenKijker(landelijk, mix, aantallenKijkers[^1], ct);
        var eenMix = await Kijkers.EenKijker(landelijk, mix, 20, ct);
        var landelijkeMix = new List<KijkersMeting>();
        foreach (var aantal in aantallenKijkers) landelijkeMix.Add(await MeetKijkers(landelijk, aantal, mix, "landelijk, swv's en scholen"));
        landelijkeMeting = new LandelijkeMeting(land.Totalen, lading, opgeslagen, landelijkeStart.TotalSeconds, landelijkGeheugen, eenRegio, regio, eersteOpeningMix, eenMix, landelijkeMix);
        voortgang.Meld("stop het systeem");
    }

    var resultaat = new BenchResultaat(DateTimeOffset.UtcNow, opties.Snel, machine, broker, pijplijn, overzicht, events, eenKijker, kijkers, plafond,
        new Opstart(koudeStart.TotalSeconds, warmeStart.TotalSeconds, geheugen), landelijkeMeting, aanmelden);
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
    foreach (var map in new[] { dataDir, landelijkeMap })
    {
        try
        {
            if (Directory.Exists(map)) Directory.Delete(map, recursive: true);
        }
        catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}

async Task<KijkersMeting> MeetKijkers(AspireSystem systeem, int aantal, Func<int, string> pagina, string wat)
{
    var meting = await Kijkers.Meet(systeem, aantal, pagina, wat, opties.KijkDuur, voortgang, ct);
    voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
        $"{wat}, {aantal} kijkers: p50 {meting.Latentie.P50Ms:N0} ms, p99 {meting.Latentie.P99Ms:N0} ms, {meting.Fouten} fouten"));
    return meting;
}
