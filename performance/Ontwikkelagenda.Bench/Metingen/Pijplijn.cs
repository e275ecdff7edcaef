using System.Diagnostics;
using System.Globalization;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Bench.Systeem;
using Ontwikkelagenda.EndToEndTests;
using Ontwikkelagenda.FaultTests;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// The whole pipeline at full speed: the fault suite's load (every kind of melding over the three intake services,
/// each sender sending the next as soon as one is acknowledged) for a fixed time, then until every acknowledged melding's
/// event is in the event store (the silo stores an event, applies it to its grains and only then acknowledges it).
/// Meldingen per second = acknowledged / (first send to last stored).
/// </summary>
public static class Pijplijn
{
    public static async Task<PijplijnDoorvoer> Meet(AspireSystem systeem, Opslag opslag, Referentiedata register, int zenders, TimeSpan duur,
        Voortgang voortgang, CancellationToken cancellationToken)
    {
        using var intakes = new Intakes(systeem, SysteemToegang.Van(systeem));
        var belasting = new Belasting(intakes, register, Meldingen.Today);
        var cpu = CpuVerbruik.Begin(() => StartEnGeheugen.Delen(systeem));
        var klok = Stopwatch.StartNew();
        var last = belasting.Draai(zenders, seed: 1, () => klok.Elapsed >= duur, cancellationToken);
        await voortgang.ElkeTijd("doorvoer keten", duur,
            () => string.Create(CultureInfo.InvariantCulture, $"{belasting.Verzonden.Count:N0} meldingen bevestigd"), cancellationToken);
        await last;
        var bevestigdNa = klok.Elapsed;
        var verzonden = belasting.Verzonden.ToList();
        voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
            $"doorvoer keten: {verzonden.Count:N0} bevestigd in {bevestigdNa.TotalSeconds:F1} s, wacht tot alles in de event store staat"));
        if (!await opslag.WachtTotOpgeslagen([.. verzonden.Select(v => v.MeldingId)], TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(100), cancellationToken))
            throw new TimeoutException("Niet elke bevestigde melding stond na 5 minuten in de event store.");
        var opgeslagenNa = klok.Elapsed;
        var cpuMeting = cpu.Eind();

        return new PijplijnDoorvoer(
            zenders,
            verzonden.Count,
            bevestigdNa.TotalSeconds,
            opgeslagenNa.TotalSeconds,
            verzonden.Count / opgeslagenNa.TotalSeconds,
            Verdeling.Van(verzonden.Select(v => v.Bevestigd!.Value - v.Verzonden)),
            verzonden.GroupBy(v => v.Dienst).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            cpuMeting);
    }
}

/// <summary>
/// Meldingen acknowledged by the intakes and stored and applied by the silos: how many, in how long, how many a
/// second, how long an intake took to acknowledge one (its 202), how they were spread over the intake services, and
/// the CPU each part of the system used meanwhile.
/// </summary>
public sealed record PijplijnDoorvoer(
    int Zenders,
    int Meldingen,
    double BevestigdNaSeconden,
    double OpgeslagenNaSeconden,
    double MeldingenPerSeconde,
    Verdeling Bevestigingstijd,
    IReadOnlyDictionary<string, int> PerDienst,
    CpuMeting Cpu);
