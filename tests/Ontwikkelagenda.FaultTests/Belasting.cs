using System.Collections.Concurrent;
using System.Globalization;
using Agenda.Domein.Referentie;
using Intake.Client;
using Intake.Contracts.Inkoop;
using Intake.Contracts.Leerplicht;
using Intake.Contracts.Ondersteuning;
using Refit;

namespace Ontwikkelagenda.FaultTests;

/// <summary>
/// A steady load over every intake service, as the region's offices send it: thuiszitter cases reported and then
/// closed, corrected, transferred or withdrawn; providers and contracts; trajectories, EED referrals and complex cases
/// with their follow-ups. A melding that gets an error or no answer is sent again with the same meldingId and body
/// until a 2xx acknowledges it, and only then does its follow-up go out. Fixed seed: the same run sends the same mix.
/// </summary>
public sealed class Belasting(Intakes intakes, Referentiedata register, DateOnly vandaag)
{
    private static readonly string[] Uitkomsten = ["terug-naar-school", "passend-onderwijsaanbod", "zorgaanbod", "vrijstelling", "verhuisd"];
    private static readonly TimeSpan OpgevenNa = TimeSpan.FromMinutes(4);

    private readonly ConcurrentQueue<Verzending> verzonden = new();
    private readonly ConcurrentBag<Guid> aanbieders = [];
    private readonly string[] gemeenten = [.. register.Gemeenten.Select(g => g.Code)];
    private readonly RegisterSchool[] scholen = [.. register.Scholen];

    // A complex case without a school is the SWVs' (either may report it): the first SWV's staff do.
    private string Regie => register.Samenwerkingsverbanden[0].Code;

    public IReadOnlyCollection<Verzending> Verzonden => verzonden;

    /// <summary>Runs <paramref name="werkers"/> senders until <paramref name="stoppen"/> is set; each finishes the chain it is in.</summary>
    public async Task Draai(int werkers, int seed, Func<bool> stoppen, CancellationToken cancellationToken)
    {
        if (aanbieders.IsEmpty) await NieuweAanbieder(new Random(seed), cancellationToken);
        await Task.WhenAll(Enumerable.Range(0, werkers).Select(async werker =>
        {
            var random = new Random(seed * 1000 + werker);
            while (!stoppen()) await Keten(random, cancellationToken);
        }));
    }

    private Task Keten(Random random, CancellationToken cancellationToken) => random.NextDouble() switch
    {
        < 0.40 => Thuiszitter(random, cancellationToken),
        < 0.48 => Contract(random, cancellationToken),
        < 0.75 => Traject(random, cancellationToken),
        < 0.90 => EedVerwijzing(random, cancellationToken),
        _ => ComplexeCasus(random, cancellationToken),
    };

    private async Task Thuiszitter(Random random, CancellationToken cancellationToken)
    {
        var gemeente = Kies(random, gemeenten);
        var start = vandaag.AddDays(-random.Next(1, 200));
        var langdurig = random.NextDouble() < 0.3;
        var brin = langdurig ? Kies(random, scholen.Where(s => s.Gemeente == gemeente).ToArray()).Brin : null;
        var meldingId = Guid.NewGuid();
        var melding = new ThuiszitterMelding(meldingId, Referentie("FT", random), gemeente, brin,
            langdurig ? "langdurig-relatief" : "absoluut", start);
        var zaak = await Verstuur("leerplicht-api", "gemeld", meldingId, t => intakes.Leerplicht(gemeente).MeldThuiszitter(melding, t), cancellationToken);
        var id = zaak.Id;
        switch (random.NextDouble())
        {
            case < 0.25:
                var beeindiging = new ThuiszitterBeeindiging(Guid.NewGuid(), Tussen(random, start), Kies(random, Uitkomsten));
                await Verstuur("leerplicht-api", "beeindigd", beeindiging.MeldingId, t => intakes.Leerplicht(gemeente).Beeindig(id, beeindiging, t), cancellationToken);
                break;
            case < 0.40:
                var correctie = new ThuiszitterCorrectie(Guid.NewGuid(), meldingId, melding.CasusReferentie, gemeente, brin,
                    melding.SoortVerzuim, Tussen(random, start));
                await Verstuur("leerplicht-api", "correctie", correctie.MeldingId, t => intakes.Leerplicht(gemeente).Corrigeer(id, correctie, t), cancellationToken);
                break;
            case < 0.55 when !langdurig:
                var naar = Kies(random, gemeenten.Where(g => g != gemeente).ToArray());
                var overdracht = new ThuiszitterOverdracht(Guid.NewGuid(), naar, Tussen(random, start));
                await Verstuur("leerplicht-api", "overgedragen", overdracht.MeldingId, t => intakes.Leerplicht(gemeente).DraagOver(id, overdracht, t), cancellationToken);
                break;
            case < 0.65:
                var intrekking = new ThuiszitterIntrekking(Guid.NewGuid(), meldingId, "Storingstest: per vergissing gemeld");
                await Verstuur("leerplicht-api", "intrekking", intrekking.MeldingId, t => intakes.Leerplicht(gemeente).TrekIn(id, intrekking, t), cancellationToken);
                break;
        }
    }

    private async Task Contract(Random random, CancellationToken cancellationToken)
    {
        var aanbiederId = random.NextDouble() < 0.5 ? await NieuweAanbieder(random, cancellationToken) : Kies(random, [.. aanbieders]);
        var start = vandaag.AddDays(-random.Next(1, 400));
        var gemeente = Kies(random, gemeenten);
        var contract = new ContractMelding(Guid.NewGuid(), aanbiederId, gemeente, "jeugdhulp",
            "Jeugd-GGZ: diagnostiek en behandeling", "jeugdwet", start, null, true, []);
        var gesloten = await Verstuur("inkoop-api", "contract", contract.MeldingId, t => intakes.Inkoop(gemeente).SluitContract(contract, t), cancellationToken);
        if (random.NextDouble() < 0.2)
        {
            var einde = new ContractBeeindiging(Guid.NewGuid(), Na(random, start)); // the first day without contract
            await Verstuur("inkoop-api", "contract-beeindigd", einde.MeldingId, t => intakes.Inkoop(gemeente).BeeindigContract(gesloten.ContractId, einde, t), cancellationToken);
        }
    }

    private async Task<Guid> NieuweAanbieder(Random random, CancellationToken cancellationToken)
    {
        var registratie = new AanbiederRegistratie(Guid.NewGuid(), $"Storingstest aanbieder {random.Next(1_000_000)}", null);
        var aanbieder = await Verstuur("inkoop-api", "aanbieder", registratie.MeldingId, t => intakes.Inkoop().RegistreerAanbieder(registratie, t), cancellationToken);
        aanbieders.Add(aanbieder.AanbiederId);
        return aanbieder.AanbiederId;
    }

    private async Task Traject(Random random, CancellationToken cancellationToken)
    {
        var start = vandaag.AddDays(-random.Next(1, 300));
        var school = Kies(random, scholen);
        var traject = new TrajectMelding(Guid.NewGuid(), school.Brin, Kies(random, [.. aanbieders]), "Storingstest aanbieder",
            random.NextDouble() < 0.5 ? "licht" : "zwaar", "jeugdwet", start);
        var gestart = await Verstuur("ondersteuning-api", "traject", traject.MeldingId, t => intakes.Ondersteuning(school.Swv).StartTraject(traject, t), cancellationToken);
        if (random.NextDouble() < 0.3)
        {
            var einde = new TrajectBeeindiging(Guid.NewGuid(), Na(random, start));
            await Verstuur("ondersteuning-api", "traject-beeindigd", einde.MeldingId, t => intakes.Ondersteuning(school.Swv).BeeindigTraject(gestart.TrajectId, einde, t), cancellationToken);
        }
    }

    private async Task EedVerwijzing(Random random, CancellationToken cancellationToken)
    {
        var verwezen = vandaag.AddDays(-random.Next(0, 300));
        var basisscholen = scholen.Where(s => s.Soort == Ontwikkelagenda.Contracts.Register.SchoolSoort.Bao).ToArray();
        var school = Kies(random, basisscholen);
        var verwijzing = new EedVerwijzingMelding(Guid.NewGuid(), Referentie("EED-FT", random), school.Brin, verwezen);
        var gemeld = await Verstuur("ondersteuning-api", "eed-verwijzing", verwijzing.MeldingId, t => intakes.Ondersteuning(school.Swv).MeldEedVerwijzing(verwijzing, t), cancellationToken);
        if (random.NextDouble() < 0.5)
        {
            var start = new EedBehandelstart(Guid.NewGuid(), Tussen(random, verwezen));
            await Verstuur("ondersteuning-api", "eed-behandelstart", start.MeldingId, t => intakes.Ondersteuning(school.Swv).StartEedBehandeling(gemeld.VerwijzingId, start, t), cancellationToken);
        }
    }

    private async Task ComplexeCasus(Random random, CancellationToken cancellationToken)
    {
        var gemeente = Kies(random, gemeenten);
        var start = vandaag.AddDays(-random.Next(0, 200));
        var casus = new ComplexeCasusMelding(Guid.NewGuid(), Referentie("CC-FT", random), gemeente, start, null, null, null);
        var gemeld = await Verstuur("ondersteuning-api", "complexe-casus", casus.MeldingId, t => intakes.Ondersteuning(Regie).MeldComplexeCasus(casus, t), cancellationToken);
        if (random.NextDouble() < 0.5)
        {
            var toewijzing = new CasusregisseurToewijzing(Guid.NewGuid(), "Casusregisseur onderwijs en zorg", "Storingstest", Tussen(random, start));
            await Verstuur("ondersteuning-api", "casusregisseur", toewijzing.MeldingId,
                t => intakes.Ondersteuning(Regie).WijsCasusregisseurToe(gemeld.CasusId, toewijzing, t), cancellationToken);
        }
    }

    /// <summary>Sends until a 2xx acknowledges the melding; a 4xx is a refusal the load never expects and fails the run.</summary>
    private async Task<T> Verstuur<T>(string dienst, string soort, Guid? meldingId, Func<CancellationToken, Task<IApiResponse<T>>> verstuur,
        CancellationToken cancellationToken)
    {
        var verzonden = DateTimeOffset.UtcNow;
        var mislukt = false;
        while (true)
        {
            try
            {
                var antwoord = await verstuur(cancellationToken);
                if (antwoord.IsSuccessStatusCode)
                {
                    this.verzonden.Enqueue(new Verzending(meldingId!.Value, dienst, soort, verzonden, mislukt, DateTimeOffset.UtcNow));
                    return antwoord.Content!;
                }
                // No status: Refit caught the failure to connect; 5xx: the service could not confirm. Both get a resend.
                if (antwoord.StatusCode is { } status && (int)status < 500)
                    throw new InvalidOperationException(
                        $"{dienst} weigerde {soort} {meldingId} met {(int)status}: {(antwoord.Error as ApiException)?.Content}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // No answer: the service is down or was killed in the middle; the resend below is the same melding.
            }

            mislukt = true;
            if (DateTimeOffset.UtcNow - verzonden > OpgevenNa)
            {
                this.verzonden.Enqueue(new Verzending(meldingId!.Value, dienst, soort, verzonden, mislukt, null));
                throw new TimeoutException($"{dienst} bevestigde {soort} {meldingId} niet binnen {OpgevenNa}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private DateOnly Tussen(Random random, DateOnly vanaf) => vanaf.AddDays(random.Next(0, vandaag.DayNumber - vanaf.DayNumber + 1));

    /// <summary>A day after <paramref name="vanaf"/> (which lies before today), today at the latest.</summary>
    private DateOnly Na(Random random, DateOnly vanaf) => vanaf.AddDays(random.Next(1, vandaag.DayNumber - vanaf.DayNumber + 1));

    /// <summary>A pseudonymous reference with digits in it, as the services require (six digits: never a BSN).</summary>
    private static string Referentie(string soort, Random random) =>
        $"{soort}-{random.Next(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}";

    private static T Kies<T>(Random random, IReadOnlyList<T> uit) => uit[random.Next(uit.Count)];
}
