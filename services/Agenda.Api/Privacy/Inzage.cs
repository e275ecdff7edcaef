using Agenda.Api.Client;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Agenda.Api.Privacy;

/// <summary>
/// Which places a caller has case rights for, and so sees exactly (docs/rights.md): the leerplichtambtenaar its own
/// municipality, a school's staff their school, an SWV's staff the SWV and its schools. Every other figure about
/// children is protected for it; nobody has case rights for the whole region.
/// </summary>
public sealed record Inzage(string? Gemeente, string? Swv, string? School)
{
    public static Inzage Geen { get; } = new(null, null, null);

    public static Inzage Van(Aanroeper aanroeper)
    {
        var gemeente = aanroeper.Rollen.Contains(Rollen.Leerplichtambtenaar) && aanroeper.OrganisatieSoort == OrganisatieSoorten.Gemeente
            ? aanroeper.OrganisatieCode : null;
        var medewerker = aanroeper.Rollen.Contains(Rollen.Schoolmedewerker);
        var swv = medewerker && aanroeper.OrganisatieSoort == OrganisatieSoorten.Swv ? aanroeper.OrganisatieCode : null;
        var school = medewerker && aanroeper.OrganisatieSoort == OrganisatieSoorten.School ? aanroeper.OrganisatieCode : null;
        return new Inzage(gemeente, swv, school);
    }

    /// <summary>Whether the figures of <paramref name="code"/> at <paramref name="niveau"/> are exact for this caller.</summary>
    /// <param name="swvVanSchool">The SWV of the school, at niveau school: an SWV's staff see its schools exactly.</param>
    public bool Dekt(string niveau, string code, string? swvVanSchool = null) => niveau switch
    {
        Niveau.Gemeente => Is(Gemeente, code),
        Niveau.Samenwerkingsverband => Is(Swv, code),
        Niveau.School => Is(School, code) || (swvVanSchool is not null && Is(Swv, swvVanSchool)),
        _ => false,
    };

    private static bool Is(string? eigen, string code) => eigen is not null && string.Equals(eigen, code, StringComparison.OrdinalIgnoreCase);
}
