using System.Globalization;
using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.Landelijk;

/// <summary>
/// A synthetic country around region 22.01: a register in the shape of <c>data/referentiedata.json</c> holding the
/// region's own municipalities, SWVs and schools, and a school year of events
/// (thuiszitter cases, a third of them closed; trajectories, 40% ended; providers with municipal contracts; EED
/// referrals), every one at a school or municipality of that register. Everything, ids included, comes from
/// <c>new Random(seed)</c>: the same seed gives the same data set.
/// </summary>
public sealed class LandelijkeDataset
{
    private const string Organisatie = "synthetisch";
    private static readonly DateOnly Begin = new(2025, 8, 1);
    private const int DagenInJaar = 365;
    private const string Schooljaar = "2025-2026";
    private static readonly string[] Sectoren = ["PO", "VO"];
    private static readonly SchoolSoort[] SpeciaalSoorten = [SchoolSoort.Sbo, SchoolSoort.So, SchoolSoort.Vso, SchoolSoort.Pro];

    private readonly Random random;
    private readonly List<(DateOnly Dag, IAgendaEvent Event)> events = [];

    private LandelijkeDataset(int seed, ReferentiedataBestand regio, LandelijkeOmvang omvang)
    {
        random = new Random(seed);
        Register = MaakRegister(regio, omvang);
        var scholenPerGemeente = Register.Scholen.ToLookup(s => s.Gemeente);
        var aanbieders = MaakAanbieders(omvang.Aanbieders);
        MaakContracten(omvang.ContractenPerGemeente, aanbieders);
        MaakThuiszitters(omvang.Thuiszitters, scholenPerGemeente);
        MaakTrajecten(omvang.Trajecten, aanbieders);
        MaakEedVerwijzingen(omvang.EedVerwijzingen);
        // In the order they happened, as the intakes would have sent them over the year.
        Events = [.. events.OrderBy(e => e.Dag).Select(e => e.Event)];
    }

    public ReferentiedataBestand Register { get; }

    public IReadOnlyList<IAgendaEvent> Events { get; }

    /// <summary>The country around <paramref name="regio"/> (the register of <c>data/referentiedata.json</c>), of the size issue 12 names.</summary>
    public static LandelijkeDataset Genereer(int seed, ReferentiedataBestand regio) => Genereer(seed, regio, LandelijkeOmvang.Nederland);

    public static LandelijkeDataset Genereer(int seed, ReferentiedataBestand regio, LandelijkeOmvang omvang) => new(seed, regio, omvang);

    public LandelijkeTotalen Totalen => new(
        Register.Gemeenten.Count,
        Register.Samenwerkingsverbanden.Count,
        Register.Scholen.Count,
        Events.OfType<ThuiszitterGemeld>().Count(),
        Events.OfType<ThuiszitterBeeindigd>().Count(),
        Events.OfType<TrajectGestart>().Count(),
        Events.OfType<TrajectBeeindigd>().Count(),
        Events.OfType<AanbiederGeregistreerd>().Count(),
        Events.OfType<ContractGesloten>().Count(),
        Events.OfType<EedVerwijzingGemeld>().Count(),
        Events.Count);

    /// <summary>
    /// The region's municipalities, SWVs, schools and counts as they are, and synthetic ones around them up to
    /// <paramref name="omvang"/>, so the region overview means the same at national scale.
    /// </summary>
    private ReferentiedataBestand MaakRegister(ReferentiedataBestand regio, LandelijkeOmvang omvang)
    {
        var regioTelling = regio.Tellingen.SingleOrDefault(t => t.Schooljaar == Schooljaar)
            ?? throw new ArgumentException($"Het register van de regio heeft geen telling van {Schooljaar}.", nameof(regio));
        var aantalGemeenten = omvang.Gemeenten - regio.Gemeenten.Count;
        var gemeenten = Enumerable.Range(0, aantalGemeenten)
            .Select(i => new RegisterGemeente($"GM{(1000 + i).ToString("0000", CultureInfo.InvariantCulture)}", $"Gemeente {i + 1}"))
            .ToList();
        var perSector = omvang.SamenwerkingsverbandenPerSector - 1; // the region has one of each sector
        var swvs = Sectoren
            .SelectMany(sector => Enumerable.Range(0, perSector).Select(i =>
                new Samenwerkingsverband($"{sector}{(i + 1).ToString("0000", CultureInfo.InvariantCulture)}", $"SWV {sector} {i + 1}", sector)))
            .ToList();
        // Neighbouring municipalities share an SWV, as they do in the country.
        string SwvVan(int gemeente, string sector) =>
            $"{sector}{(gemeente * perSector / aantalGemeenten + 1).ToString("0000", CultureInfo.InvariantCulture)}";

        var soorten = Enumerable.Repeat(SchoolSoort.Bao, omvang.Basisscholen - regio.Scholen.Count(s => s.Soort == SchoolSoort.Bao))
            .Concat(Enumerable.Range(0, omvang.SpeciaalOnderwijs - regio.Scholen.Count(s => s.Soort is not (SchoolSoort.Bao or SchoolSoort.Vo)))
                .Select(i => SpeciaalSoorten[i % SpeciaalSoorten.Length]))
            .Concat(Enumerable.Repeat(SchoolSoort.Vo, omvang.VoScholen - regio.Scholen.Count(s => s.Soort == SchoolSoort.Vo)))
            .ToList();
        var regioBrins = regio.Scholen.Select(s => s.Brin).ToHashSet();
        var brins = Enumerable.Range(0, int.MaxValue).Select(Brin).Where(b => !regioBrins.Contains(b)).Take(soorten.Count).ToList();
        var scholen = soorten.Select((soort, i) =>
        {
            // Every municipality has at least one primary school; the rest are spread at random.
            var gemeente = i < aantalGemeenten ? i : random.Next(aantalGemeenten);
            var sector = soort is SchoolSoort.Bao or SchoolSoort.Sbo or SchoolSoort.So ? "PO" : "VO";
            return new RegisterSchool(brins[i], $"{soort} {i + 1}", soort, gemeenten[gemeente].Code, SwvVan(gemeente, sector));
        }).ToList();

        var leerlingen = scholen.ToDictionary(s => s.Brin, s => s.Soort switch
        {
            SchoolSoort.Bao => random.Next(60, 450),
            SchoolSoort.Vo => random.Next(300, 2_000),
            _ => random.Next(40, 250),
        });
        // Young people aged 5-17: the pupils of the municipality's schools and a tenth more (schools elsewhere).
        var jongeren = gemeenten.ToDictionary(g => g.Code,
            g => scholen.Where(s => s.Gemeente == g.Code).Sum(s => leerlingen[s.Brin]) * 11 / 10);
        foreach (var (code, aantal) in regioTelling.Jongeren5Tot18) jongeren[code] = aantal;
        foreach (var (brin, aantal) in regioTelling.Leerlingen) leerlingen[brin] = aantal;
        var telling = new Telling(Schooljaar, "synthetisch, behalve de regio 22.01", jongeren, leerlingen, regioTelling.Bronnen);
        return new ReferentiedataBestand("synthetisch-landelijk",
            "Synthetische gegevens voor de prestatiemeting: alleen de gemeenten, samenwerkingsverbanden en scholen van regio 22.01 komen uit data/referentiedata.json, de rest is verzonnen.",
            [.. regio.Gemeenten, .. gemeenten], [.. regio.Samenwerkingsverbanden, .. swvs], [.. regio.Scholen, .. scholen], [telling]);
    }

    /// <summary>Two digits and two capitals, unique per index below 67,600.</summary>
    private static string Brin(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{i / 676:00}{(char)('A' + i % 676 / 26)}{(char)('A' + i % 26)}");

    private List<Guid> MaakAanbieders(int aantal)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < aantal; i++)
        {
            var id = NieuwId();
            ids.Add(id);
            Voeg(Begin, moment => new AanbiederGeregistreerd(NieuwId(), moment, Organisatie, id, $"Aanbieder {i + 1}", null));
        }
        return ids;
    }

    private void MaakContracten(int perGemeente, List<Guid> aanbieders)
    {
        foreach (var gemeente in Register.Gemeenten)
        {
            for (var i = 0; i < perGemeente; i++)
            {
                var aanbieder = Kies(aanbieders);
                var start = Dag();
                var soort = random.Next(4) == 0 ? ContractSoort.Eed : ContractSoort.Jeugdhulp;
                Voeg(start, moment => new ContractGesloten(NieuwId(), moment, Organisatie, NieuwId(), aanbieder, "Aanbieder",
                    new Contractant(GemeenteCode.Parse(gemeente.Code)), soort, "ambulant", ZorgKader.Jeugdwet, start, null, Bediening.Gemeentebreed));
            }
        }
    }

    private void MaakThuiszitters(int aantal, ILookup<string, RegisterSchool> scholenPerGemeente)
    {
        for (var i = 0; i < aantal; i++)
        {
            var gemeente = Kies(Register.Gemeenten).Code;
            var langdurig = random.NextDouble() < 0.4;
            Brin? brin = langdurig ? Ontwikkelagenda.Contracts.Values.Brin.Parse(Kies(scholenPerGemeente[gemeente].ToList()).Brin) : null;
            var zaakId = NieuwId();
            var start = Dag();
            var code = GemeenteCode.Parse(gemeente);
            var referentie = $"SYN-{(i + 1).ToString("000000", CultureInfo.InvariantCulture)}";
            Voeg(start, moment => new ThuiszitterGemeld(NieuwId(), moment, Organisatie, zaakId, referentie, code, brin,
                langdurig ? SoortVerzuim.LangdurigRelatief : SoortVerzuim.Absoluut, start));
            if (i % 3 == 0)
            {
                var einde = Later(start, 20, 170);
                var uitkomst = (Uitkomst)random.Next(Enum.GetValues<Uitkomst>().Length);
                Voeg(einde, moment => new ThuiszitterBeeindigd(NieuwId(), moment, Organisatie, zaakId, code, brin, einde, uitkomst));
            }
        }
    }

    private void MaakTrajecten(int aantal, List<Guid> aanbieders)
    {
        for (var i = 0; i < aantal; i++)
        {
            var trajectId = NieuwId();
            var school = Ontwikkelagenda.Contracts.Values.Brin.Parse(Kies(Register.Scholen).Brin);
            var aanbieder = Kies(aanbieders);
            var start = Dag();
            var zwaarte = random.Next(2) == 0 ? Zwaarte.Licht : Zwaarte.Zwaar;
            Voeg(start, moment => new TrajectGestart(NieuwId(), moment, Organisatie, trajectId, school, aanbieder, "Aanbieder",
                zwaarte, ZorgKader.Jeugdwet, start));
            if (i % 5 < 2)
            {
                var einde = Later(start, 30, 300);
                Voeg(einde, moment => new TrajectBeeindigd(NieuwId(), moment, Organisatie, trajectId, einde));
            }
        }
    }

    private void MaakEedVerwijzingen(int aantal)
    {
        var basisscholen = Register.Scholen.Where(s => s.Soort == SchoolSoort.Bao).ToList();
        for (var i = 0; i < aantal; i++)
        {
            var school = Ontwikkelagenda.Contracts.Values.Brin.Parse(Kies(basisscholen).Brin);
            var verwezen = Dag();
            var referentie = $"EED-SYN-{(i + 1).ToString("000000", CultureInfo.InvariantCulture)}";
            Voeg(verwezen, moment => new EedVerwijzingGemeld(NieuwId(), moment, Organisatie, NieuwId(), referentie, school, verwezen));
        }
    }

    /// <summary>Adds an event that happened on <paramref name="dag"/> (reported that morning).</summary>
    private void Voeg(DateOnly dag, Func<DateTimeOffset, IAgendaEvent> maak) =>
        events.Add((dag, maak(new DateTimeOffset(dag.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero))));

    private DateOnly Dag() => Begin.AddDays(random.Next(DagenInJaar));

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> days after <paramref name="dag"/>, within the year.</summary>
    private DateOnly Later(DateOnly dag, int min, int max) =>
        new[] { dag.AddDays(random.Next(min, max)), Begin.AddDays(DagenInJaar - 1) }.Min();

    private Guid NieuwId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Kies<T>(IReadOnlyList<T> uit) => uit[random.Next(uit.Count)];
}
