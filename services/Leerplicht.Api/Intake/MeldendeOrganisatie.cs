using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Intake;

/// <summary>Who reports: the leerplicht office of the case's municipality (leerplicht follows residence).</summary>
public static class MeldendeOrganisatie
{
    private static readonly Dictionary<GemeenteCode, string> Namen = new()
    {
        [RegioGemeenten.AaEnHunze] = "Aa en Hunze",
        [RegioGemeenten.Assen] = "Assen",
        [RegioGemeenten.MiddenDrenthe] = "Midden-Drenthe",
        [RegioGemeenten.Tynaarlo] = "Tynaarlo",
    };

    public static string Voor(GemeenteCode gemeente) =>
        "Leerplicht " + (Namen.TryGetValue(gemeente, out var naam) ? naam : gemeente.Value);
}
