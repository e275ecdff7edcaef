using System.Text.RegularExpressions;
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

    /// <summary>
    /// Clicks a link until the address is <paramref name="url"/>: right after the page went interactive, its first live
    /// read redraws it, and a click that lands in that redraw is lost. A link that never navigates still fails.
    /// </summary>
    public static async Task KlikTotAdres(IPage page, ILocator link, Regex url)
    {
        for (var poging = 1; ; poging++)
        {
            await link.ClickAsync();
            try
            {
                await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (poging < 3)
            {
                // Lost in the redraw: click again.
            }
        }
    }
}
