using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

// Apart from DemoAanmelding.cs, which the bench links without the test fixture.
internal static partial class DemoAanmelding
{
    /// <summary>Signs in as <paramref name="gebruiker"/> on the system of the fixture, with the password its seed wrote.</summary>
    public static Task AlsAsync(IPage page, SystemFixture system, string gebruiker) =>
        AlsAsync(page, system.AppHost.Url("web"), gebruiker, system.Toegang.Wachtwoord(gebruiker));
}
