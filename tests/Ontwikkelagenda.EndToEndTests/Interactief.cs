using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// A Blazor page is first served prerendered; input only counts once its circuit runs. The live pages say
/// "Bijgewerkt om ..." already when prerendered, and a new time only once their refresh loop runs interactively.
/// </summary>
internal static class Interactief
{
    public static async Task WaitUntilLive(IPage page)
    {
        var bijgewerkt = page.Locator("[data-bijgewerkt]");
        await Assertions.Expect(bijgewerkt).ToContainTextAsync("Bijgewerkt om", new() { Timeout = 30_000 });
        var eerst = await bijgewerkt.InnerTextAsync();
        await Assertions.Expect(bijgewerkt).Not.ToHaveTextAsync(eerst, new() { Timeout = 15_000 });
    }
}
