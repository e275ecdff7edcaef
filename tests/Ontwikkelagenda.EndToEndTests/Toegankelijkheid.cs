using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>axe-core in the page: WCAG 2.1 A and AA rules, zero violations allowed.</summary>
internal static class Toegankelijkheid
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Runs axe on what the page shows now and fails with every violation and the elements it names.</summary>
    public static async Task AssertNoViolations(IPage page)
    {
        // The live page sets its title once it has drawn; axe before that would judge a page still being drawn.
        await page.WaitForFunctionAsync("() => document.title.length > 0", null, new() { Timeout = 10_000 });
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length > 0)
        {
            // When its circuit starts, Blazor draws the prerendered page (and its <head>) anew: axe in that moment
            // once saw no <title>. What counts is what the page shows once drawn, so a violation must persist.
            await page.WaitForTimeoutAsync(1_000);
            await page.WaitForFunctionAsync("() => document.title.length > 0", null, new() { Timeout = 10_000 });
            result = await page.RunAxe(Wcag21AA);
        }

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"axe found on {page.Url}:\n" + string.Join("\n", violations));
    }
}
