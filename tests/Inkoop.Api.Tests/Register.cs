using Agenda.Domein.Referentie;

namespace Inkoop.Api.Tests;

/// <summary>Schools taken from the same register the service reads, so the tests follow the data file.</summary>
public static class Register
{
    private static readonly Referentiedata Data = Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json"));

    public static string[] ScholenIn(string gemeente) => [.. Data.Scholen.Where(s => s.Gemeente == gemeente).Select(s => s.Brin)];
}
