using System.Text.Json;

namespace Ondersteuning.Api.Validatie;

/// <summary>
/// The goal numbers a progress report may name: every goal of every version in <c>data/agenda.json</c>
/// (a report may be about an earlier period), or 1-6 when the file is absent.
/// </summary>
public sealed class AgendaDoelen(IReadOnlySet<int> nummers)
{
    public static AgendaDoelen Standaard { get; } = new(new HashSet<int>(Enumerable.Range(1, 6)));

    public IReadOnlySet<int> Nummers => nummers;

    public bool Bestaat(int nummer) => nummers.Contains(nummer);

    public static AgendaDoelen Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "agenda.json");
        if (!File.Exists(path)) return Standaard;
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var gevonden = new HashSet<int>();
        foreach (var versie in document.RootElement.GetProperty("versies").EnumerateArray())
        {
            foreach (var doel in versie.GetProperty("doelen").EnumerateArray())
            {
                gevonden.Add(doel.GetProperty("nummer").GetInt32());
            }
        }
        return gevonden.Count == 0 ? Standaard : new AgendaDoelen(gevonden);
    }
}
