using System.Globalization;
using System.Text;
using Ontwikkelagenda.Bench.Metingen;

namespace Ontwikkelagenda.Bench.Rapport;

/// <summary>docs/performance.md: every figure of one run beside issue 12's goal, each comparison as a ratio.</summary>
public static class PrestatieTabel
{
    public static string Markdown(BenchResultaat r)
    {
        var md = new StringBuilder();
        void Regel(FormattableString tekst) => md.AppendLine(tekst.ToString(CultureInfo.InvariantCulture));

        Regel($"# Performance");
        Regel($"");
        Regel($"Written by `./bench.sh{(r.Rookproef ? " --quick" : "")}` on {r.Gemeten:yyyy-MM-dd HH:mm} UTC. All figures are this machine's, measured in one run.");
        if (r.Rookproef)
        {
            Regel($"");
            Regel($"> **Smoke run** (`--quick`: every measurement a few seconds long, on a machine shared with other builds). It shows the harness works; its numbers are rough. Run `./bench.sh` on a quiet machine for the real table.");
        }
        Regel($"");
        var m = r.Machine;
        Regel($"Machine: {m.Processor}, {m.Kernen} cores, {m.GeheugenMiB:N0} MiB RAM, {m.Besturingssysteem} (kernel {m.Kernel}); load average at the start {m.BelastingBijBegin}. The load generators run on the same machine.");
        Regel($"");

        Regel($"## Throughput: the pipeline against the raw broker");
        Regel($"");
        Regel($"| Measured | Figure | Goal |");
        Regel($"|---|---:|---|");
        Regel($"| (a) Raw RabbitMQ.Client: persistent, publisher confirms, one durable queue, manual acks, {r.RuweBroker.Zenders} publishers | {r.RuweBroker.BerichtenPerSeconde:N0} messages/s | |");
        Regel($"| (b) Whole pipeline: intake POST → outbox → publish → silo consume → event store → grain, {r.Pijplijn.Zenders} senders | {r.Pijplijn.MeldingenPerSeconde:N0} meldingen/s | |");
        Regel($"| **b / a** | **{r.PijplijnTegenBroker:F3}** | ≥ 0.5 |");
        Regel($"");
        var p = r.Pijplijn;
        Regel($"(b) counts {p.Meldingen:N0} meldingen acknowledged (2xx) in {p.BevestigdNaSeconden:F1} s and all in the event store after {p.OpgeslagenNaSeconden:F1} s (the silo stores an event, applies it to its grains, then acks it); spread: {string.Join(", ", p.PerDienst.Select(d => $"{d.Key} {d.Value:N0}"))}. The intakes' acknowledgement took p50 {p.Bevestigingstijd.P50Ms:F0} ms, p99 {p.Bevestigingstijd.P99Ms:F0} ms. (a) sent {r.RuweBroker.Berichten:N0} messages of 600 bytes in {r.RuweBroker.Seconden:F1} s.");
        Regel($"");
        CpuTabel(md, r);

        var o = r.MeldingNaarOverzicht;
        Regel($"## Melding to overview");
        Regel($"");
        Regel($"From the intake's 202 to the answer of `GET /v1/regio-overzicht` that shows the new case (read every 20 ms), one probe at a time in {o.ProefGemeente}, while the same load as (b) runs paced at half of (b) in the other municipalities.");
        Regel($"");
        Regel($"| Background load | Probes | p50 | p99 | max | Goal |");
        Regel($"|---|---:|---:|---:|---:|---|");
        Regel($"| {o.Tempo:N0} meldingen/s asked, {o.BereiktTempo:N0} reached | {o.Vertraging.Aantal} | {o.Vertraging.P50Ms:N0} ms | {o.Vertraging.P99Ms:N0} ms | {o.Vertraging.MaxMs:N0} ms | p99 < 1,000 ms |");
        Regel($"");

        Regel($"## Overview under many viewers (region scale)");
        Regel($"");
        Regel($"On the system as it starts, with the sample data (the event store held {r.EventsBijKijkers:N0} events). Each viewer asks `GET /v1/regio-overzicht` every 2 s as a caller without case rights (what a wethouder's page is given), as every open page did before pages were pushed; open loop: a request goes out at its planned time and its latency counts from then; an error is no 2xx or no answer within 10 s. CPU in cores (1.00 = one core busy), RSS the highest seen.");
        Regel($"");
        KijkersTabel(md, r.EenKijker, r.Kijkers);
        var c = r.Plafond;
        Regel($"");
        Regel($"The load client's own ceiling: {c.Kijkers:N0} viewers on Agenda.Api's `/alive` (no grain asked) got {c.AntwoordenPerSeconde:N0} answers/s, p50 {c.Latentie.P50Ms:N0} ms, p99 {c.Latentie.P99Ms:N0} ms, {c.Fouten:N0} errors of {c.Verzoeken:N0}. One client with a connection pool without limit serves every viewer; the bench raises the thread pool's minimum so answers are not queued behind its slow growth.");
        Regel($"");

        var a = r.Aanmelden;
        Regel($"## Sign-in to overview in the browser");
        Regel($"");
        Regel($"Debian's Chromium through Playwright, on the same system right after the viewers: `{a.Gebruiker}` opens the web's sign-in without a session, lands on Identity.Api's login page, sends it, and waits until the Regio-overzicht shows its figures. Each sign-in in a new browser context; the first (cold: the pages' first requests since start) apart, then {a.Totaal.Aantal} more (Identity.Api takes 10 login posts a minute per address).");
        Regel($"");
        Regel($"| Measured | First | p50 | max |");
        Regel($"|---|---:|---:|---:|");
        Regel($"| Opening the sign-in to the overview's figures | {a.EersteMs:N0} ms | {a.Totaal.P50Ms:N0} ms | {a.Totaal.MaxMs:N0} ms |");
        Regel($"| Sending the login form to the overview's figures | | {a.NaVersturen.P50Ms:N0} ms | {a.NaVersturen.MaxMs:N0} ms |");
        Regel($"| of which: from the overview page's first answer (its HTML, after the redirects back) to its figures | | {a.OpDeWeb.P50Ms:N0} ms | {a.OpDeWeb.MaxMs:N0} ms |");
        Regel($"");

        var l = r.Landelijk;
        var t = l.Totalen;
        Regel($"## Overview under many viewers (national scale)");
        Regel($"");
        Regel($"A synthetic, fixed-seed country (`performance/Ontwikkelagenda.Landelijk`): {t.Gemeenten:N0} municipalities, {t.Samenwerkingsverbanden:N0} SWVs and {t.Scholen:N0} schools, region 22.01 among them as it is in `data/`; a school year of {t.Events:N0} events ({t.Thuiszitters:N0} thuiszitter cases, {t.Trajecten:N0} trajectories, {t.Aanbieders:N0} providers, {t.Contracten:N0} contracts, {t.EedVerwijzingen:N0} EED referrals). The events go straight into `agenda.events` (one binary COPY, scopes and payload as the silo's event store writes them; not through the intakes, which accept only 22.01's municipalities): {l.Lading.Events:N0} events in {l.Lading.Seconden:F1} s ({l.Lading.EventsPerSeconde:N0} events/s), with the silos idle. Then a warm start with the silos on the national register (`DomeinData__Pad`); the event store held {l.EventsInOpslag:N0} events. Viewers as above; a page's first request activates its grains, which read their scope from the store.");
        Regel($"");
        Regel($"`GET /v1/regio-overzicht` (22.01) at national scale:");
        Regel($"");
        KijkersTabel(md, l.EenKijkerRegio, l.Regio);
        Regel($"");
        Regel($"The national mix: each viewer watches one page of the country, half of them an SWV (`GET /v1/samenwerkingsverbanden/{{code}}`, of all {t.Samenwerkingsverbanden:N0}), half a school (`GET /v1/scholen/{{brin}}`, of all {t.Scholen:N0}), drawn with a fixed seed. Before the viewers, every page was opened once, one after another (its grains activated and read their scope from the store): p50 {l.EersteOpeningMix.P50Ms:N0} ms, p99 {l.EersteOpeningMix.P99Ms:N0} ms, max {l.EersteOpeningMix.MaxMs:N0} ms over {l.EersteOpeningMix.Aantal:N0} pages; the rows below are pages already open. (Not municipalities: `/v1/gemeenten/{{code}}` answers only 22.01's four.)");
        Regel($"");
        KijkersTabel(md, l.EenKijkerMix, l.Mix);
        Regel($"");
        Regel($"Goal (issue 12): p99 under 50 ms with 200 viewers at national scale, zero errors.");
        Regel($"");

        var s = r.Opstart;
        Regel($"## Start and memory");
        Regel($"");
        Regel($"| Start of the whole system to all healthy | Seconds | Goal |");
        Regel($"|---|---:|---|");
        Regel($"| Cold: empty data directory (databases created, sample data posted) | {s.KoudeStartSeconden:F1} | |");
        Regel($"| Warm: built, data present | {s.WarmeStartSeconden:F1} | < 30 s |");
        Regel($"| Warm / cold | {s.WarmeStartSeconden / s.KoudeStartSeconden:F2} | |");
        Regel($"| Warm with the national data set ({l.EventsInOpslag:N0} events, the national register) | {l.WarmeStartSeconden:F1} | < 30 s |");
        Regel($"");
        Regel($"Idle memory after the warm start: a service's resident memory (RSS); a server's processes (the server and what it started) summed as PSS, so the memory they share (PostgreSQL's buffers) counts once:");
        Regel($"");
        Regel($"| Process | MiB, region | MiB, national |");
        Regel($"|---|---:|---:|");
        foreach (var (proces, mib) in s.RustGeheugenMiB) Regel($"| {proces} | {mib:N0} | {l.RustGeheugenMiB.GetValueOrDefault(proces):N0} |");
        Regel($"| **total** | **{s.RustGeheugenMiB.Values.Sum():N0}** | **{l.RustGeheugenMiB.Values.Sum():N0}** |");
        return md.ToString();
    }

    /// <summary>One row per number of viewers, after the one-viewer reference.</summary>
    private static void KijkersTabel(StringBuilder md, Verdeling een, IReadOnlyList<KijkersMeting> kijkers)
    {
        void Regel(FormattableString tekst) => md.AppendLine(tekst.ToString(CultureInfo.InvariantCulture));
        Regel($"| Viewers | Answers/s | p50 | p99 | p99 / one viewer | Errors (timed out) | silo-0 CPU / RSS | silo-1 CPU / RSS | agenda-api CPU / RSS |");
        Regel($"|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Regel($"| 1, one request after another | | {een.P50Ms:N0} ms | {een.P99Ms:N0} ms | 1.0× | 0 of {een.Aantal} | | | |");
        foreach (var k in kijkers)
        {
            var verhouding = k.Latentie.Aantal > 0 && een.P99Ms > 0 ? string.Create(CultureInfo.InvariantCulture, $"{k.Latentie.P99Ms / een.P99Ms:F1}×") : "–";
            var latentie = k.Latentie.Aantal > 0 ? string.Create(CultureInfo.InvariantCulture, $"{k.Latentie.P50Ms:N0} ms | {k.Latentie.P99Ms:N0} ms") : "– | –";
            Regel($"| {k.Kijkers:N0} | {k.AntwoordenPerSeconde:N0} | {latentie} | {verhouding} | {k.Fouten:N0} of {k.Verzoeken:N0} ({k.Verlopen:N0}) | {Proces(k, "agenda-silo-0")} | {Proces(k, "agenda-silo-1")} | {Proces(k, "agenda-api")} |");
        }
    }

    /// <summary>
    /// Where the CPU went per melding in (b) and per message in (a): on this machine both are bound by its cores, so the
    /// ratio b/a is the ratio of the CPU one message costs to what one melding costs.
    /// </summary>
    private static void CpuTabel(StringBuilder md, BenchResultaat r)
    {
        void Regel(FormattableString tekst) => md.AppendLine(tekst.ToString(CultureInfo.InvariantCulture));
        var p = r.Pijplijn;
        var a = r.RuweBroker;
        var kernen = r.Machine.Kernen;
        Regel($"CPU per part during (b), from /proc: cores busy on average, and milliseconds of CPU per acknowledged melding.");
        Regel($"");
        Regel($"| Part | Cores | ms CPU per melding |");
        Regel($"|---|---:|---:|");
        foreach (var (deel, seconden) in p.Cpu.PerDeel.OrderByDescending(d => d.Value))
            Regel($"| {deel} | {seconden / p.Cpu.Seconden:F2} | {seconden * 1000 / p.Meldingen:F2} |");
        Regel($"| **all parts** | **{p.Cpu.Totaal / p.Cpu.Seconden:F2}** | **{p.Cpu.MsPer(p.Meldingen):F2}** |");
        Regel($"");
        Regel($"The machine's {kernen} cores were {p.Cpu.Machine / p.Cpu.Seconden / kernen:P0} busy during (b) and {a.Cpu.Machine / a.Cpu.Seconden / kernen:P0} during (a). A message in (a) cost {a.Cpu.MsPer(a.Berichten):F3} ms of CPU (broker {a.Cpu.PerDeel[BrokerDoorvoer.Broker] * 1000 / a.Berichten:F3} ms, client the rest); a melding in (b) cost {p.Cpu.MsPer(p.Meldingen):F2} ms over all parts, {p.Cpu.MsPer(p.Meldingen) / a.Cpu.MsPer(a.Berichten):N0} times as much. With both bound by the same cores, b/a = 0.5 would need about a melding (an HTTP request, a PostgreSQL transaction in the intake, a publish, a consume, a transaction in the event store, the grains of every scope it concerns) to cost no more than two broker messages.");
        Regel($"");
    }

    private static string Proces(KijkersMeting k, string naam) =>
        k.Processen.TryGetValue(naam, out var p) ? string.Create(CultureInfo.InvariantCulture, $"{p.CpuKernen:F2} / {p.RssMaxMiB:N0} MiB") : "–";
}
