using System.Diagnostics;
using System.Globalization;
using Agenda.Api.Client;
using Agenda.Domein.Referentie;
using Intake.Client;
using Intake.Contracts.Leerplicht;
using Ontwikkelagenda.EndToEndTests;
using Ontwikkelagenda.FaultTests;
using Refit;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// How soon a melding shows: while the fault suite's load runs at a steady pace (half the pipeline's maximum) in
/// every municipality but one, a probe reports a thuiszitter in that one municipality and reads
/// <c>GET /v1/regio-overzicht</c> until its open cases went up by one. Nothing else touches that municipality, so
/// the change is the probe's. Time from the intake's 202 to the overview answer that shows it.
/// </summary>
public static class MeldingNaarOverzicht
{
    private static readonly TimeSpan Leesinterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Opgeven = TimeSpan.FromSeconds(60);

    public static async Task<OverzichtVertraging> Meet(AspireSystem systeem, Referentiedata register, double tempo, int zenders, TimeSpan duur,
        Voortgang voortgang, CancellationToken cancellationToken)
    {
        var proefGemeente = register.Gemeenten[^1].Code;
        var maat = new Maat(tempo);
        var toegang = SysteemToegang.Van(systeem);
        using var achtergrond = new Intakes(systeem, toegang, () => new GematigdVerzoek(maat));
        var belasting = new Belasting(achtergrond, Zonder(register, proefGemeente), Meldingen.Today);
        var stoppen = false;
        var klok = Stopwatch.StartNew();
        var last = belasting.Draai(zenders, seed: 2, () => Volatile.Read(ref stoppen), cancellationToken);

        // The probe reports as the municipality's own client (only to leerplicht-api, the token's scope) and reads the
        // overview as the same municipality, which sees its own count exactly; the probe fetches its token with its first
        // report, before the time to the overview starts.
        using var proef = new Intakes(systeem, toegang);
        using var lezer = toegang.Client(systeem, "agenda-api", SysteemToegang.Van(proefGemeente), TimeSpan.FromSeconds(30));
        var api = RestService.For<IAgendaApi>(lezer);
        var tijden = new List<TimeSpan>();
        var open = await Open(api, proefGemeente, cancellationToken);
        var gemeld = 0;
        var volgendeVoortgang = TimeSpan.FromSeconds(10);
        while (klok.Elapsed < duur)
        {
            var melding = new ThuiszitterMelding(Guid.NewGuid(),
                string.Create(CultureInfo.InvariantCulture, $"BENCH-{100_000 + gemeld}-{Guid.NewGuid().ToString("N")[..6]}"),
                proefGemeente, null, "absoluut", Meldingen.Today);
            var antwoord = await proef.Leerplicht(proefGemeente).MeldThuiszitter(melding, cancellationToken);
            if (!antwoord.IsSuccessStatusCode)
                throw new InvalidOperationException($"leerplicht-api weigerde de proefmelding met {(int?)antwoord.StatusCode}: {(antwoord.Error as ApiException)?.Content}");
            var sinds202 = Stopwatch.StartNew();
            gemeld++;
            while (await Open(api, proefGemeente, cancellationToken) <= open)
            {
                if (sinds202.Elapsed > Opgeven)
                    throw new TimeoutException($"De proefmelding {melding.MeldingId} stond na {Opgeven.TotalSeconds:F0} s nog niet in het regio-overzicht.");
                await Task.Delay(Leesinterval, cancellationToken);
            }
            tijden.Add(sinds202.Elapsed);
            open++;
            if (klok.Elapsed >= volgendeVoortgang)
            {
                voortgang.Meld(string.Create(CultureInfo.InvariantCulture,
                    $"melding naar overzicht: {klok.Elapsed.TotalSeconds:F0} s van {duur.TotalSeconds:F0} s, {tijden.Count} proeven, {belasting.Verzonden.Count:N0} meldingen op de achtergrond"));
                volgendeVoortgang += TimeSpan.FromSeconds(10);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        Volatile.Write(ref stoppen, true);
        var achtergrondTempo = belasting.Verzonden.Count / klok.Elapsed.TotalSeconds;
        await last;
        return new OverzichtVertraging(proefGemeente, tempo, achtergrondTempo, Verdeling.Van(tijden));
    }

    private static async Task<int> Open(IAgendaApi api, string gemeente, CancellationToken cancellationToken) =>
        (await api.GetRegioOverzicht(cancellationToken: cancellationToken)).Gemeenten.Single(g => g.Code == gemeente).Cijfers.Thuiszitters.Totaal.Open.Value is { } open
            ? (int)open
            : throw new InvalidOperationException($"Agenda.Api withheld {gemeente}'s open count from its own leerplichtambtenaar.");

    /// <summary>The register without one municipality and its schools: the load never reports anything there.</summary>
    private static Referentiedata Zonder(Referentiedata register, string gemeente) => new(new ReferentiedataBestand(
        register.Versie, register.Opmerking,
        [.. register.Gemeenten.Where(g => g.Code != gemeente)],
        register.Samenwerkingsverbanden,
        [.. register.Scholen.Where(s => s.Gemeente != gemeente)],
        register.Tellingen));
}

/// <summary>
/// Melding to overview in the municipality <paramref name="ProefGemeente"/>, under a background load paced at
/// <paramref name="Tempo"/> meldingen a second (<paramref name="BereiktTempo"/> is what it reached).
/// </summary>
public sealed record OverzichtVertraging(string ProefGemeente, double Tempo, double BereiktTempo, Verdeling Vertraging);
