namespace Identity.Api.Accounts;

/// <summary>The roles (exact claim values) and the kinds of organisation each may belong to.</summary>
public static class Rollen
{
    public const string Leerplichtambtenaar = "leerplichtambtenaar";
    public const string Schoolmedewerker = "schoolmedewerker";
    public const string Inkoper = "inkoper";
    public const string OogoPartner = "oogo-partner";
    public const string Wethouder = "wethouder";
    public const string Beheer = "beheer";
    public const string Functionaris = "functionaris-gegevensbescherming";

    /// <summary>Which organisation kinds a role makes sense for.</summary>
    public static IReadOnlyDictionary<string, string[]> ToegestaneSoorten { get; } = new Dictionary<string, string[]>
    {
        [Leerplichtambtenaar] = [Organisatie.Gemeente],
        [Schoolmedewerker] = [Organisatie.School, Organisatie.Swv],
        [Inkoper] = [Organisatie.Gemeente, Organisatie.Subregio],
        // OOGO is held between the SWV, the municipalities and the school boards.
        [OogoPartner] = [Organisatie.Swv, Organisatie.Gemeente, Organisatie.School],
        [Wethouder] = [Organisatie.Gemeente],
        [Beheer] = [Organisatie.Beheer],
        // The DPO of any organisation that keeps case data, or of the operations team.
        [Functionaris] = [Organisatie.Gemeente, Organisatie.School, Organisatie.Swv, Organisatie.Subregio, Organisatie.Beheer],
    };

    /// <summary>Every reason why <paramref name="rollen"/> cannot belong to <paramref name="organisatie"/>; empty when they can.</summary>
    public static IReadOnlyList<string> Bezwaren(Organisatie organisatie, IReadOnlyCollection<string> rollen)
    {
        var bezwaren = new List<string>();
        if (!Organisatie.Soorten.Contains(organisatie.Soort))
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
