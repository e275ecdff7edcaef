using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.Web.Components.Layout;

namespace Ontwikkelagenda.Web.Tests.Aanmelden;

/// <summary>The menu shows a role only the pages it can use, and a page it may not use says "Geen toegang" instead of drawing.</summary>
public sealed class HoofdMenuTests : BunitContext
{
    private static readonly string[] Overzichten = ["Regio-overzicht", "Agenda", "Thuiszitters"];

    public HoofdMenuTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public static TheoryData<string, string[]> MenuPerRol => new()
    {
        { Rollen.Leerplichtambtenaar, [.. Overzichten, "Thuiszitters melden", "Bestand uploaden"] },
        { Rollen.Schoolmedewerker, [.. Overzichten, "Trajecten melden", "EED-verwijzingen melden", "Complexe casussen melden", "Bestand uploaden"] },
        { Rollen.Inkoper, ["Regio-overzicht", "Agenda", "Inkoop", "Thuiszitters", "Contracten melden", "Bestand uploaden"] },
        { Rollen.OogoPartner, [.. Overzichten, "Voortgang melden"] },
        { Rollen.Wethouder, Overzichten },
        { Rollen.Beheer, [] },
        { Rollen.Functionaris, ["Audittrail"] },
    };

    [Theory]
    [MemberData(nameof(MenuPerRol))]
    public void Each_role_sees_only_its_pages_in_the_menu(string rol, string[] verwacht)
    {
        AlsRol(rol);

        var menu = Render<HoofdMenu>();

        Assert.Equal(verwacht, menu.FindAll("nav[aria-label='Hoofdmenu'] a").Select(a => a.TextContent));
    }

    [Theory]
    [InlineData(Rollen.Wethouder, "inkoop")]
    [InlineData(Rollen.Wethouder, "melden/thuiszitters")]
    [InlineData(Rollen.Leerplichtambtenaar, "melden/trajecten")]
    [InlineData(Rollen.Schoolmedewerker, "melden/contracten")]
    [InlineData(Rollen.Inkoper, "melden/voortgang")]
    [InlineData(Rollen.Beheer, "")]
    [InlineData(Rollen.Functionaris, "gemeenten/GM0106")]
    public void A_page_the_role_may_not_use_shows_geen_toegang_and_not_the_page(string rol, string pad)
    {
        AlsRol(rol);
        Services.GetRequiredService<NavigationManager>().NavigateTo(pad);

        var poort = Render<Toegangspoort>(p => p.AddChildContent("<p data-pagina>de pagina</p>"));

        Assert.Equal("Geen toegang", poort.Find("h1").TextContent);
        Assert.Contains(rol, poort.Find("[data-geen-toegang]").TextContent, StringComparison.Ordinal);
        Assert.Empty(poort.FindAll("[data-pagina]"));
    }

    [Theory]
    [InlineData(Rollen.Wethouder, "")]
    [InlineData(Rollen.Wethouder, "scholen/19SL")]
    [InlineData(Rollen.Leerplichtambtenaar, "melden/thuiszitters?gemeente=GM0106")]
    [InlineData(Rollen.Schoolmedewerker, "melden")]
    [InlineData(Rollen.Inkoper, "inkoop")]
    [InlineData(Rollen.OogoPartner, "melden/voortgang")]
    [InlineData(Rollen.Beheer, "fout")]
    public void A_page_the_role_may_use_is_drawn(string rol, string pad)
    {
        AlsRol(rol);
        Services.GetRequiredService<NavigationManager>().NavigateTo(pad);

        var poort = Render<Toegangspoort>(p => p.AddChildContent("<p data-pagina>de pagina</p>"));

        Assert.Single(poort.FindAll("[data-pagina]"));
        Assert.Empty(poort.FindAll("[data-geen-toegang]"));
    }

    private void AlsRol(string rol)
    {
        var autorisatie = AddAuthorization();
        autorisatie.SetAuthorized("Demo-gebruiker");
        autorisatie.SetRoles(rol);
        autorisatie.SetClaims(new Claim(ToegangsClaims.OrganisatieSoort, OrganisatieSoorten.Gemeente), new Claim(ToegangsClaims.OrganisatieCode, "GM0106"));
    }
}
