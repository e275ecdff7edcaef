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
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"axe found on {page.Url}:\n" + string.Join("\n", violations));
    }
}
