extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.IntegrationTests.Privacy;

/// <summary>Which places a caller sees exactly (<see cref="Inzage"/>): only those it has case rights for.</summary>
public sealed class InzageTests
{
    private static Inzage Van(string soort, string code, params string[] rollen) =>
        Inzage.Van(new Aanroeper("sub", "naam", soort, code, rollen.ToHashSet(StringComparer.Ordinal)));

    [Fact]
    public void The_leerplichtambtenaar_sees_its_own_municipality_exactly_and_nothing_else()
    {
        var inzage = Van(OrganisatieSoorten.Gemeente, "GM1730", Rollen.Leerplichtambtenaar, Rollen.OogoPartner);

        Assert.True(inzage.Dekt(Niveau.Gemeente, "GM1730"));
        Assert.False(inzage.Dekt(Niveau.Gemeente, "GM0106"));
        Assert.False(inzage.Dekt(Niveau.Regio, "22.01"));
        Assert.False(inzage.Dekt(Niveau.School, "57CY", "PO2201"));
    }

    [Theory]
    [InlineData(Rollen.Wethouder)]
    [InlineData(Rollen.OogoPartner)]
    [InlineData(Rollen.Inkoper)]
    public void Roles_without_case_rights_see_nothing_exactly_even_for_their_own_municipality(string rol)
    {
        Assert.Equal(Inzage.Geen, Van(OrganisatieSoorten.Gemeente, "GM1730", rol));
    }

    [Fact]
    public void An_SWVs_staff_see_the_SWV_and_its_schools_a_schools_staff_only_their_school()
    {
        var swv = Van(OrganisatieSoorten.Swv, "PO2201", Rollen.Schoolmedewerker);
        var school = Van(OrganisatieSoorten.School, "57CY", Rollen.Schoolmedewerker);

        Assert.True(swv.Dekt(Niveau.Samenwerkingsverband, "PO2201"));
        Assert.True(swv.Dekt(Niveau.School, "57CY", swvVanSchool: "PO2201"));
        Assert.False(swv.Dekt(Niveau.School, "25LL", swvVanSchool: "VO2201"));
        Assert.False(swv.Dekt(Niveau.Gemeente, "GM1730"));
        Assert.True(school.Dekt(Niveau.School, "57CY"));
        Assert.False(school.Dekt(Niveau.School, "25LL"));
        Assert.False(school.Dekt(Niveau.Samenwerkingsverband, "PO2201"));
    }
}
