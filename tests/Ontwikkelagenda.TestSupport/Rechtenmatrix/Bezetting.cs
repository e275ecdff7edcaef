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

        var ontbreekt = ServiceDefaults.Toegang.Rollen.Alle.Except(rollen.Keys).ToList();
        if (ontbreekt.Count > 0) throw new ArgumentException($"De bezetting mist de rollen {string.Join(", ", ontbreekt)}.");
    }

    /// <summary>The user of <paramref name="cel"/>; null for the cell without a token.</summary>
    public TestGebruiker? Voor(Cel cel) =>
        cel.Rol is null ? null : cel.Kant == Kant.Eigen ? rollen[cel.Rol].Eigen : rollen[cel.Rol].Andere;
}
