using Identity.Api.Accounts;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Identity.Api.Tests;

/// <summary>Which roles may belong to which kind of organisation.</summary>
public sealed class RolRegelsTests
{
    [Theory]
    [InlineData("leerplichtambtenaar", "gemeente")]
    [InlineData("schoolmedewerker", "school")]
    [InlineData("schoolmedewerker", "swv")]
    [InlineData("inkoper", "gemeente")]
    [InlineData("inkoper", "subregio")]
    [InlineData("wethouder", "gemeente")]
    [InlineData("beheer", "beheer")]
    public void A_sensible_combination_is_accepted(string rol, string soort) =>
        Assert.Empty(RolRegels.Bezwaren(new Organisatie(soort, "X1"), [rol]));

    [Theory]
    [InlineData("leerplichtambtenaar", "school")]
    [InlineData("schoolmedewerker", "gemeente")]
    [InlineData("inkoper", "school")]
    [InlineData("wethouder", "subregio")]
    [InlineData("beheer", "gemeente")]
    public void A_role_of_another_kind_of_organisation_is_refused(string rol, string soort) =>
        Assert.Contains(RolRegels.Bezwaren(new Organisatie(soort, "X1"), [rol]), b => b.Contains(rol, StringComparison.Ordinal));

    [Fact]
    public void Every_wrong_part_is_named()
    {
        var bezwaren = RolRegels.Bezwaren(new Organisatie("vereniging", ""), ["koning"]);

        Assert.Equal(3, bezwaren.Count);
    }
}
