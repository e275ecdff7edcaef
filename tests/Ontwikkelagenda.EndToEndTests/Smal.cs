using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A narrow phone screen (375 px): the page itself must not scroll sideways.</summary>
internal static class Smal
{
    public const int Breedte = 375;

    // The widest elements sticking out on the right that no scroll container of their own holds: what to fix.
    private const string Uitstekend = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
            .filter(e => !e.closest('.mud-table-container, .overlap-matrix'))
            .slice(0, 10)
            .map(e => `${e.tagName.toLowerCase()}.${(e.className && e.className.baseVal !== undefined ? e.className.baseVal : e.className) || ''}#${e.id} right=${Math.round(e.getBoundingClientRect().right)}`)
            .join('\n')
        """;

    public static async Task AssertNoSidewaysScroll(IPage page)
    {
        // After a resize the layout (MudBlazor's breakpoints included) settles first: look for a few seconds.
        var past = false;
        for (var poging = 0; poging < 10 && !past; poging++)
        {
            if (poging > 0) await page.WaitForTimeoutAsync(500);
            past = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth");
        }
        Assert.True(past, $"{page.Url} scrolls sideways at {Breedte} px (scrollWidth " + await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") + "); sticking out:\n" + await page.EvaluateAsync<string>(Uitstekend));
    }
}
