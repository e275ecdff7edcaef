using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Ontwikkelagenda.Bench.Systeem;
using Ontwikkelagenda.EndToEndTests;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// The overview under many viewers: each viewer asks its page (<c>GET /v1/regio-overzicht</c>, or one of the
/// country's SWVs or schools) every 2 s, as an open page polls, the viewers evenly out of step. Open loop: a request
/// goes out at its time whether or not the earlier ones were answered, and its latency counts from that time, so a
/// slow server cannot slow the load down and hide it. Meanwhile the silos' and Agenda.Api's CPU and resident memory
/// are read from /proc. One client with a connection pool without limit serves every viewer; its own ceiling is
/// measured on Agenda.Api's <c>/alive</c>, which asks no grain.
/// </summary>
public static class Kijkers
{
    public const string RegioOverzicht = "/v1/regio-overzicht";
    public const string Levend = "/alive";
    private static readonly TimeSpan Peilinterval = TimeSpan.FromSeconds(2);
    private static readonly string[] Gemeten = ["agenda-silo-0", "agenda-silo-1", "agenda-api"];

    /// <summary>
    /// The reference: one viewer asking <paramref name="aantal"/> times, each request after the answer to the one
    /// before, for the pages of the first <paramref name="aantal"/> viewers in turn.
    /// </summary>
    public static async Task<Verdeling> EenKijker(AspireSystem systeem, Func<int, string> pagina, int aantal, CancellationToken cancellationToken)
    {
        using var http = await Lezer(systeem, TimeSpan.FromSeconds(30), cancellationToken);
        var tijden = new List<TimeSpan>();
        for (var i = 0; i < aantal; i++)
        {
            var klok = Stopwatch.StartNew();
            using var antwoord = await http.GetAsync(new Uri(systeem.Url("agenda-api"), pagina(i)), cancellationToken);
            antwoord.EnsureSuccessStatusCode();
            tijden.Add(klok.Elapsed);
        }
        return Verdeling.Van(tijden);
    }

    /// <summary>Every viewer on the same page.</summary>
    public static Func<int, string> Pagina(string pad) => _ => pad;

    /// <summary>
    /// <paramref name="kijkers"/> viewers, viewer <c>i</c> on page <paramref name="pagina"/>(i), for <paramref name="duur"/>;
    /// <paramref name="wat"/> names them in the progress lines.
    /// </summary>
    public static async Task<KijkersMeting> Meet(AspireSystem systeem, int kijkers, Func<int, string> pagina, string wat, TimeSpan duur,
        Voortgang voortgang, CancellationToken cancellationToken)
    {
        var basis = systeem.Url("agenda-api");
        var urls = Enumerable.Range(0, kijkers).Select(i => new Uri(basis, pagina(i))).ToArray();
        using var http = await Lezer(systeem, TimeSpan.FromSeconds(10), cancellationToken, new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });
        var processen = Gemeten.ToDictionary(naam => naam, naam => Proces.Dienst(systeem.ServiceProcessIds(naam)));
        var cpuVoor = processen.ToDictionary(p => p.Key, p => Proces.CpuSeconden(p.Value));
        var rssMax = new ConcurrentDictionary<string, double>();

        var latenties = new ConcurrentBag<TimeSpan>();
        var fouten = 0;
        var verlopen = 0;
        var aantal = (int)(duur / Peilinterval * kijkers);
        var klok = Stopwatch.StartNew();
        using var klaar = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var geheugen = MeetGeheugen(processen, rssMax, klaar.Token);
        var voortgangTaak = voortgang.ElkeTijd($"{wat}, {kijkers} kijkers", duur,
            () => string.Create(CultureInfo.InvariantCulture, $"{latenties.Count:N0} antwoorden, {Volatile.Read(ref fouten)} fouten"), cancellationToken);

        var verzoeken = new List<Task>(aantal);
        for (var i = 0; i < aantal; i++)
        {
            var gepland = Peilinterval * i / kijkers;
            if (gepland > klok.Elapsed) await Task.Delay(gepland - klok.Elapsed, cancellationToken);
            verzoeken.Add(Vraag(urls[i % kijkers], gepland));
        }
        await Task.WhenAll(verzoeken);
        var tijd = klok.Elapsed;
        await klaar.CancelAsync();
        await geheugen;
        await voortgangTaak;

        var processenMeting = processen.ToDictionary(p => p.Key, p => new ProcesBelasting(
            (Proces.CpuSeconden(p.Value) - cpuVoor[p.Key]) / tijd.TotalSeconds, rssMax.GetValueOrDefault(p.Key)));
        return new KijkersMeting(kijkers, aantal, fouten, verlopen, latenties.Count / duur.TotalSeconds, Verdeling.Van(latenties), processenMeting);

        async Task Vraag(Uri url, TimeSpan gepland)
        {
            try
            {
                using var antwoord = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
                if (antwoord.IsSuccessStatusCode) latenties.Add(klok.Elapsed - gepland);
                else Interlocked.Increment(ref fouten);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref fouten);
                Interlocked.Increment(ref verlopen);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref fouten);
            }
        }
    }

    /// <summary>The highest resident memory of each process, read every half second until <paramref name="klaar"/>.</summary>
    private static async Task MeetGeheugen(Dictionary<string, int> processen, ConcurrentDictionary<string, double> rssMax, CancellationToken klaar)
    {
        while (!klaar.IsCancellationRequested)
        {
            foreach (var (naam, pid) in processen) rssMax.AddOrUpdate(naam, Proces.RssMiB(pid), (_, oud) => Math.Max(oud, Proces.RssMiB(pid)));
            try
            {
                await Task.Delay(500, klaar);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Agenda.Api as a viewer without case rights, as a wethouder's open page (every figure about children protected, one
    /// cached answer for all such viewers), its token fetched before it is handed out (outside any timing).
    /// </summary>
    public static async Task<HttpClient> Lezer(AspireSystem systeem, TimeSpan timeout, CancellationToken cancellationToken, HttpMessageHandler? inner = null)
    {
        var http = SysteemToegang.Van(systeem).AgendaKijker(systeem, timeout, inner);
        using var warm = await http.GetAsync("/v1/gemeenten", cancellationToken);
        warm.EnsureSuccessStatusCode();
        return http;
    }
}

/// <summary>A process while the viewers watched: CPU in cores (1.0 = one core fully busy) and its highest resident memory.</summary>
public sealed record ProcesBelasting(double CpuKernen, double RssMaxMiB);

/// <summary>
/// One number of viewers: requests planned, failed (no 2xx, or no answer: <paramref name="Verlopen"/> of them not within 10 s), answered a second,
/// latency from each request's planned time, and what the silos and Agenda.Api used meanwhile.
/// </summary>
public sealed record KijkersMeting(int Kijkers, int Verzoeken, int Fouten, int Verlopen, double AntwoordenPerSeconde, Verdeling Latentie,
    IReadOnlyDictionary<string, ProcesBelasting> Processen);
