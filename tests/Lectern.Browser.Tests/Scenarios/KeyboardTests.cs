using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>Keyboard paths through the page chrome.</summary>
[Collection(SiteCollection.Name)]
public class KeyboardTests(SiteFixture site)
{
    [SkippableFact]
    public async Task The_first_tab_reaches_the_skip_link_and_it_moves_focus_to_the_main_content()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var page = session.Page;
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync(); // visible once focused
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        // The next Tab continues inside the main content, past the header's links.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "Tab after the skip link left the main content");
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Paragraph_permalinks_are_reachable_by_tab_with_a_visible_focus_ring()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var page = session.Page;
        await page.Locator("main").FocusAsync();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.matches('#p-1 a.para-num')")) break;
        }
        var link = page.Locator("#p-1 a.para-num");
        await Expect(link).ToBeFocusedAsync();
        await Expect(link).ToBeInViewportAsync();
        var outline = await link.EvaluateAsync<string>("a => { const s = getComputedStyle(a); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), "no focus ring: " + outline);
    }
}
