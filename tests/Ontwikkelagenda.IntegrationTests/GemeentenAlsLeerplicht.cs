using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// The regional overview's exact counts the only way Agenda.Api gives them: each municipality read by its own
/// leerplichtambtenaar. The region's own figures are protected for every caller (nobody has case rights for the whole
/// region), so a test that needs the region's exact count adds up the four municipalities (the region is their sum).
/// </summary>
public static class GemeentenAlsLeerplicht
{
    /// <summary>Every municipality of the region by code, each from the overview as its own leerplichtambtenaar reads it.</summary>
    /// <param name="als">Agenda.Api as the given user.</param>
    public static async Task<IReadOnlyDictionary<string, BeschermdeDetail>> LeesAsync(
        Func<TestGebruiker, IAgendaApi> als, DateOnly peildatum, CancellationToken cancellationToken)
    {
        var gemeenten = await Task.WhenAll(RegioGemeenten.All.Select(async code =>
        {
            var overzicht = await als(TestGebruiker.Leerplicht(code.Value)).GetRegioOverzicht(peildatum, cancellationToken);
            return overzicht.Gemeenten.Single(g => g.Code == code.Value);
        }));
        return gemeenten.ToDictionary(g => g.Code, g => g.Cijfers);
    }

    /// <summary>The region's count of <paramref name="cijfer"/>: the sum of the municipalities' exact counts.</summary>
    public static int Regio(IReadOnlyDictionary<string, BeschermdeDetail> gemeenten, Func<BeschermdeDetail, Cijfer> cijfer) =>
        gemeenten.Values.Sum(g => Aantal(cijfer(g)));

    /// <summary>A count the caller has case rights for: shown, with its value.</summary>
    public static int Aantal(Cijfer cijfer)
    {
        Assert.True(cijfer.IsShown, $"a count the caller has case rights for is withheld ({cijfer.Onderdrukking})");
        return (int)Assert.NotNull(cijfer.Value);
    }
}
