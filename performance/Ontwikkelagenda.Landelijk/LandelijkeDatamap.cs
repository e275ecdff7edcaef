using System.Text.Json;
using Agenda.Domein.Referentie;

namespace Ontwikkelagenda.Landelijk;

/// <summary>
/// A data directory for the silos (<c>DomeinData__Pad</c>) with the national register: the generated
/// <c>referentiedata.json</c> and the region's agenda, benchmarks and report figures as they are in <c>data/</c>.
/// </summary>
public static class LandelijkeDatamap
{
    public const string Register = "referentiedata.json";

    /// <summary>The files the silo reads besides the register, copied unchanged.</summary>
    public static IReadOnlyList<string> Overgenomen { get; } = ["agenda.json", "benchmarks.json", "rapportcijfers.json"];

    /// <summary>
    /// Generates the country (of <paramref name="omvang"/>, the Netherlands by default) around the register in
    /// <paramref name="regioMap"/> and writes it to <paramref name="doelMap"/>.
    /// </summary>
    public static LandelijkeDataset Schrijf(int seed, string regioMap, string doelMap, LandelijkeOmvang? omvang = null)
    {
        var dataset = LandelijkeDataset.Genereer(seed, ReferentiedataBestand.Lees(Path.Combine(regioMap, Register)), omvang ?? LandelijkeOmvang.Nederland);
        Directory.CreateDirectory(doelMap);
        using (var stream = File.Create(Path.Combine(doelMap, Register)))
        {
            JsonSerializer.Serialize(stream, dataset.Register, JsonSerializerOptions.Web);
        }
        foreach (var bestand in Overgenomen) File.Copy(Path.Combine(regioMap, bestand), Path.Combine(doelMap, bestand), overwrite: true);
        return dataset;
    }
}
