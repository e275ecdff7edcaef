using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// A Blazor page is first served prerendered; input only counts once its circuit runs. The live pages say
/// "Bijgewerkt om ..." already when prerendered, and mark it <c>data-interactief="ja"</c> once they run interactively
/// (and follow the changes).
/// </summary>
internal static class Interactief
{
    public static async Task WaitUntilLive(IPage page) =>
        await Assertions.Expect(page.Locator("[data-bijgewerkt][data-interactief='ja']").First)
            .ToContainTextAsync("Bijgewerkt om", new() { Timeout = 30_000 });
}
