namespace Ontwikkelagenda.Bench;

/// <summary>
/// What ./bench.sh was asked: <c>--quick</c> (short durations: a smoke run whose figures mean little) and
/// <c>--out DIR</c> (where performance.md and performance.json go; docs/ by default).
/// </summary>
public sealed record BenchOpties(bool Snel, string Uitvoer, bool Hulp)
{
    public const string Gebruik = """
        Gebruik: ./bench.sh [--quick] [--out MAP]

        Meet op deze machine de doorvoer van RabbitMQ en van de hele keten, de tijd van melding tot regio-overzicht,
        het regio-overzicht onder 50, 200 en 1.000 kijkers, en de start en het geheugen van het systeem; daarna
        hetzelfde op landelijke schaal (een synthetisch land van 340 gemeenten en 7.000 scholen met een jaar aan
        events). Schrijft performance.md en performance.json in MAP (standaard docs/).

          --quick    korte metingen: een rookproef, de cijfers zeggen weinig
          --out MAP  waar de tabel en de JSON komen
        """;

    /// <summary>How long each throughput and viewer measurement runs.</summary>
    public TimeSpan Meetduur => Snel ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(60);

    /// <summary>How long the melding-to-overview probes run.</summary>
    public TimeSpan ProefDuur => Snel ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(90);

    /// <summary>How long the system stays idle after a warm start before its memory is read.</summary>
    public TimeSpan Rust => Snel ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(30);

    /// <summary>How long each number of viewers watches.</summary>
    public TimeSpan KijkDuur => Snel ? TimeSpan.FromSeconds(8) : TimeSpan.FromSeconds(30);

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with one Dutch sentence for a wrong one.</summary>
    public static BenchOpties Parse(IReadOnlyList<string> args, string standaardUitvoer)
    {
        var snel = false;
        var hulp = false;
        var uitvoer = standaardUitvoer;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    snel = true;
                    break;
                case "--out" when i + 1 < args.Count:
                    uitvoer = Path.GetFullPath(args[++i]);
                    break;
                case "--out":
                    throw new ArgumentException("--out verwacht een map.");
                case "--help" or "-h":
                    hulp = true;
                    break;
                default:
                    throw new ArgumentException($"Onbekende optie {args[i]}; zie ./bench.sh --help.");
            }
        }
        return new BenchOpties(snel, uitvoer, hulp);
    }
}
