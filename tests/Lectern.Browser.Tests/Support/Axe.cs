using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>Runs axe-core with the WCAG 2.2 A and AA rules and describes what it found.</summary>
public static class Axe
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The violations on the page, one line per failing node; empty when axe found none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}) at {n.Target}: {v.Help}. {Why(n)}"))
            .ToList();
    }

    private static string Why(AxeResultNode node) => string.Join(" ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message));
}
