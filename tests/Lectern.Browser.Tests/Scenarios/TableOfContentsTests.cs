using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>The table of contents moves to a section and marks the section being read.</summary>
[Collection(SiteCollection.Name)]
public class TableOfContentsTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Clicking_an_entry_moves_to_its_section()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, Devices.Desktop(1440, 900));
        var page = session.Page;
        var entries = page.Locator("#toc a[data-section]");
        Assert.True(await entries.CountAsync() >= 3, "the seed reading has an outline");
        var entry = entries.Nth(2);
        var id = (await entry.GetAttributeAsync("data-section"))!;

        await entry.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#" + id + "$"));
        var heading = page.Locator("#" + id);
        await Expect(heading).ToBeInViewportAsync();
        await Layout.WaitForScrollToSettleAsync(page);
        var top = (await heading.BoundingBoxAsync())!.Y;
        Assert.True(top >= await Layout.StickyHeaderBottomAsync(page), "the section heading is under a sticky header");
        Assert.True(top < 900 / 2, $"the section heading is at {top}px, not near the top");
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task The_current_section_is_marked_while_scrolling()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, Devices.Desktop(1440, 900));
        var page = session.Page;
        var entries = page.Locator("#toc a[data-section]");
        var marked = page.Locator("#toc a[aria-current='location']");
        var ids = new List<string>();
        for (var i = 0; i < await entries.CountAsync(); i++) ids.Add((await entries.Nth(i).GetAttributeAsync("data-section"))!);

        foreach (var k in new[] { 1, ids.Count - 1, 0 })
        {
            // Scroll as a reader would (not by following a link): bring the heading near the top.
            await page.Locator("#" + ids[k]).EvaluateAsync("h => window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 40)");
            await Expect(marked).ToHaveCountAsync(1);
            await Expect(marked).ToHaveAttributeAsync("data-section", ids[k]);
        }
        session.AssertHealthy();
    }
}
