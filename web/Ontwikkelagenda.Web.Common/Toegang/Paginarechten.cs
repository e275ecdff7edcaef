using System.Security.Claims;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>
/// Which role may open which page: the menu shows these and the layout refuses the rest with "Geen toegang". The
/// services enforce the rights themselves; this only keeps people away from pages whose calls would be refused.
/// </summary>
public static class Paginarechten
{
    /// <summary>Everyone who works with the agenda (beheer and the functionaris gegevensbescherming see no figures).</summary>
    private static readonly string[] Overzicht =
        [Rollen.Leerplichtambtenaar, Rollen.Schoolmedewerker, Rollen.Inkoper, Rollen.OogoPartner, Rollen.Wethouder];

    private static readonly string[] Upload = [Rollen.Leerplichtambtenaar, Rollen.Schoolmedewerker, Rollen.Inkoper];

    public static IReadOnlyList<Pagina> Menu { get; } =
    [
        new("", "Regio-overzicht", Overzicht),
        new("agenda", "Agenda", Overzicht),
        new("inkoop", "Inkoop", [Rollen.Inkoper]),
        new("thuiszitters", "Thuiszitters", Overzicht),
        new("melden/thuiszitters", "Thuiszitters melden", [Rollen.Leerplichtambtenaar]),
        new("melden/trajecten", "Trajecten melden", [Rollen.Schoolmedewerker]),
        new("melden/eed-verwijzingen", "EED-verwijzingen melden", [Rollen.Schoolmedewerker]),
        new("melden/complexe-casussen", "Complexe casussen melden", [Rollen.Schoolmedewerker]),
        new("melden/contracten", "Contracten melden", [Rollen.Inkoper]),
        new("melden/voortgang", "Voortgang melden", [Rollen.OogoPartner]),
        new("melden/upload", "Bestand uploaden", Upload),
        new("audittrail", "Audittrail", [Rollen.Functionaris]),
    ];

    /// <summary>Pages reached from other pages rather than from the menu.</summary>
    private static readonly IReadOnlyList<Pagina> Overige =
    [
        new("melden", "Melden", [.. Menu.Where(p => p.Pad.StartsWith("melden/", StringComparison.Ordinal)).SelectMany(p => p.Rollen).Distinct()]),
        new("gemeenten", "Gemeente", Overzicht),
        new("samenwerkingsverbanden", "Samenwerkingsverband", Overzicht),
        new("scholen", "Scholen", Overzicht),
    ];

    public static IEnumerable<Pagina> MenuVoor(ClaimsPrincipal gebruiker) => Menu.Where(p => MagOpenen(gebruiker, p));

    /// <summary>
    /// Whether <paramref name="gebruiker"/> may open the page at <paramref name="pad"/> (relative, without query): the
    /// most specific page whose address it starts with decides; an address no page claims (an error page, one that
    /// does not exist) is open to every signed-in user.
    /// </summary>
    public static bool MagOpenen(ClaimsPrincipal gebruiker, string pad)
    {
        var schoon = pad.Split('?', '#')[0].Trim('/');
        var pagina = Menu.Concat(Overige)
            .Where(p => p.Pad.Length == 0 ? schoon.Length == 0 : schoon == p.Pad || schoon.StartsWith(p.Pad + "/", StringComparison.Ordinal))
            .MaxBy(p => p.Pad.Length);
        return pagina is null || MagOpenen(gebruiker, pagina);
    }

    private static bool MagOpenen(ClaimsPrincipal gebruiker, Pagina pagina) => pagina.Rollen.Any(gebruiker.IsInRole);
}
