using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Accounts;

/// <summary>
/// Which kinds of organisation each role (<see cref="Rollen"/>, the names every service checks) may belong to, checked
/// when an account or a client is made.
/// </summary>
public static class RolRegels
{
    /// <summary>Which organisation kinds a role makes sense for.</summary>
    public static IReadOnlyDictionary<string, string[]> ToegestaneSoorten { get; } = new Dictionary<string, string[]>
    {
        [Rollen.Leerplichtambtenaar] = [OrganisatieSoorten.Gemeente],
        [Rollen.Schoolmedewerker] = [OrganisatieSoorten.School, OrganisatieSoorten.Swv],
        [Rollen.Inkoper] = [OrganisatieSoorten.Gemeente, OrganisatieSoorten.Subregio],
        // OOGO is held between the SWV, the municipalities and the school boards.
        [Rollen.OogoPartner] = [OrganisatieSoorten.Swv, OrganisatieSoorten.Gemeente, OrganisatieSoorten.School],
        [Rollen.Wethouder] = [OrganisatieSoorten.Gemeente],
        [Rollen.Beheer] = [OrganisatieSoorten.Beheer],
        // The DPO of any organisation that keeps case data, or of the operations team.
        [Rollen.Functionaris] = [OrganisatieSoorten.Gemeente, OrganisatieSoorten.School, OrganisatieSoorten.Swv, OrganisatieSoorten.Subregio, OrganisatieSoorten.Beheer],
    };

    /// <summary>Every reason why <paramref name="rollen"/> cannot belong to <paramref name="organisatie"/>; empty when they can.</summary>
    public static IReadOnlyList<string> Bezwaren(Organisatie organisatie, IReadOnlyCollection<string> rollen)
    {
        var bezwaren = new List<string>();
        if (!OrganisatieSoorten.Alle.Contains(organisatie.Soort))
        {
            bezwaren.Add($"Onbekende organisatiesoort '{organisatie.Soort}'.");
        }

        if (string.IsNullOrWhiteSpace(organisatie.Code))
        {
            bezwaren.Add("De organisatiecode ontbreekt.");
        }

        if (rollen.Count == 0)
        {
            bezwaren.Add("Er is geen rol opgegeven.");
        }

        foreach (var rol in rollen)
        {
            if (!ToegestaneSoorten.TryGetValue(rol, out var soorten))
            {
                bezwaren.Add($"Onbekende rol '{rol}'.");
            }
            else if (!soorten.Contains(organisatie.Soort))
            {
                bezwaren.Add($"De rol '{rol}' hoort bij {string.Join(" of ", soorten)}, niet bij {organisatie.Soort}.");
            }
        }

        return bezwaren;
    }
}
