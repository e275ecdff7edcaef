using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>
/// Who plays each role in a service's matrix: one user of the organisation the requests are about (or, for a role
/// whose kind of organisation cannot own it, one closest to it, such as the wethouder of the case's municipality)
/// and one of another organisation.
/// </summary>
public sealed class Bezetting
{
    private readonly Dictionary<string, (TestGebruiker Eigen, TestGebruiker Andere)> rollen;

    public Bezetting(params (TestGebruiker Eigen, TestGebruiker Andere)[] paren)
    {
        rollen = paren.ToDictionary(paar => paar.Eigen.Rol, StringComparer.Ordinal);
        foreach (var (eigen, andere) in paren)
        {
            if (eigen.Rol != andere.Rol || eigen == andere)
                throw new ArgumentException($"{eigen} en {andere}: een rol speelt één gebruiker van de eigen en één van een andere organisatie.");
        }

        var ontbreekt = Rollen.Alle.Except(rollen.Keys).ToList();
        if (ontbreekt.Count > 0) throw new ArgumentException($"De bezetting mist de rollen {string.Join(", ", ontbreekt)}.");
    }

    /// <summary>
    /// For a service whose requests are about a municipality (<paramref name="eigen"/>; <paramref name="andere"/> is
    /// another): every role of that municipality, school staff of <paramref name="eigenSchool"/> (a school the request
    /// names) and of <paramref name="andereSchool"/>, and the operations team.
    /// </summary>
    public static Bezetting RondGemeente(string eigen, string andere, string eigenSchool, string andereSchool) => new(
        (TestGebruiker.Leerplicht(eigen), TestGebruiker.Leerplicht(andere)),
        (TestGebruiker.School(eigenSchool), TestGebruiker.School(andereSchool)),
        (TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, eigen), TestGebruiker.Inkoper(OrganisatieSoorten.Gemeente, andere)),
        (TestGebruiker.Oogo(OrganisatieSoorten.Gemeente, eigen), TestGebruiker.Oogo(OrganisatieSoorten.Gemeente, andere)),
        (TestGebruiker.Wethouder(eigen), TestGebruiker.Wethouder(andere)),
        (TestGebruiker.Beheer, TestGebruiker.AnderBeheer),
        (TestGebruiker.FunctionarisVan(OrganisatieSoorten.Gemeente, eigen), TestGebruiker.FunctionarisVan(OrganisatieSoorten.Gemeente, andere)));

    /// <summary>The user of <paramref name="cel"/>; null for the cell without a token.</summary>
    public TestGebruiker? Voor(Cel cel) =>
        cel.Rol is null ? null : cel.Kant == Kant.Eigen ? rollen[cel.Rol].Eigen : rollen[cel.Rol].Andere;
}
