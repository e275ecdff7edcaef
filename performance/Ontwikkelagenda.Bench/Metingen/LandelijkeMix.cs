using Agenda.Domein.Referentie;

namespace Ontwikkelagenda.Bench.Metingen;

/// <summary>
/// The national mix of pages: each viewer watches one SWV or one school of the whole country (half of them each),
/// drawn with a fixed seed. Not municipalities: <c>/v1/gemeenten/{code}</c> answers only the four of 22.01.
/// </summary>
public static class LandelijkeMix
{
    public static Func<int, string> Paginas(Referentiedata register, int kijkers, int seed)
    {
        var random = new Random(seed);
        var paginas = Enumerable.Range(0, kijkers)
            .Select(i => i % 2 == 0
                ? $"/v1/samenwerkingsverbanden/{register.Samenwerkingsverbanden[random.Next(register.Samenwerkingsverbanden.Count)].Code}"
                : $"/v1/scholen/{register.Scholen[random.Next(register.Scholen.Count)].Brin}")
            .ToArray();
        return i => paginas[i];
    }
}
