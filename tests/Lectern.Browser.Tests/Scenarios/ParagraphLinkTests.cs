using Lectern.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>Paragraph ids and permalinks: landing on <c>#p-N</c>, following and naming the permalink, text fragments.</summary>
[Collection(SiteCollection.Name)]
public class ParagraphLinkTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Opening_p12_shows_it_in_view_clear_of_any_sticky_header_and_marks_it()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl + "#p-12", new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var page = session.Page;
        var p12 = page.Locator("#p-12");
        await Expect(p12).ToBeInViewportAsync();
        await Layout.WaitForScrollToSettleAsync(page);
        var box = (await p12.BoundingBoxAsync())!;
        Assert.True(box.Y >= await Layout.StickyHeaderBottomAsync(page), $"#p-12 starts at {box.Y}px, under the sticky header");
        Assert.True(await page.EvaluateAsync<double>("scrollY") > 0, "the page did not scroll to #p-12");
        Assert.True(await p12.EvaluateAsync<bool>("p => p.matches(':target')"), "#p-12 is not the :target");
        // Marked, and not by colour alone (WCAG 1.4.1): an outline or a border shows it too.
        var mark = await p12.EvaluateAsync<string>("p => { const s = getComputedStyle(p); return s.outlineStyle + ' ' + s.borderLeftStyle; }");
        Assert.True(mark.Split(' ').Any(s => s != "none"), "the target paragraph has no outline or border: " + mark);
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Opening_p12_moves_focus_to_it_so_a_screen_reader_starts_there()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl + "#p-12");
        await Expect(session.Page.Locator("#p-12")).ToBeFocusedAsync();
        // Following a permalink on the page moves focus too.
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Link to paragraph 20", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#p-20")).ToBeFocusedAsync();
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task The_permalink_copies_the_paragraph_url_and_announces_it()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Link to paragraph 12", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link copied");
        Assert.Equal(site.ReadingUrl + "#p-12", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Every_paragraph_has_a_named_permalink_to_its_own_id()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var page = session.Page;
        var count = await page.Locator(".reading-body p[id^='p-']").CountAsync();
        Assert.True(count >= 37, $"only {count} numbered paragraphs");
        for (var n = 1; n <= count; n++)
        {
            // Found by role and accessible name, as a screen reader user would meet it.
            var link = page.Locator("#p-" + n).GetByRole(AriaRole.Link, new() { Name = "Link to paragraph " + n, Exact = true });
            await Expect(link).ToHaveCountAsync(1);
            Assert.EndsWith("#p-" + n, await link.GetAttributeAsync("href"));
            Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), (await link.TextContentAsync())!.Trim());
        }
    }

    [SkippableFact]
    public async Task Following_a_permalink_moves_to_its_paragraph()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Link to paragraph 20", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#p-20$"));
        await Expect(page.Locator("#p-20")).ToBeInViewportAsync();
        Assert.True(await page.Locator("#p-20").EvaluateAsync<bool>("p => p.matches(':target')"));
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task A_text_fragment_url_is_left_alone()
    {
        await using var session = await site.OpenAsync("", new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var page = session.Page;
        var words = await FirstWordsAsync(site, session, 30);
        await session.GotoAsync("about:blank"); // so the next address is a fresh load, not a same-page jump
        await session.GotoAsync(site.ReadingUrl + "#:~:text=" + Uri.EscapeDataString(words));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(1000); // give page scripts time to interfere (a script that scrolls or rewrites the URL late)
        await Expect(page.Locator("#p-30")).ToBeInViewportAsync();
        // No script rewrote the address (the browser hides the directive from location.hash).
        Assert.Equal("", await page.EvaluateAsync<string>("location.hash"));
        session.AssertHealthy();
    }

    private static async Task<string> FirstWordsAsync(SiteFixture site, BrowserSession session, int paragraph)
    {
        await session.GotoAsync(site.ReadingUrl);
        var text = await session.Page.Locator("#p-" + paragraph).EvaluateAsync<string>(
            "p => { const c = p.cloneNode(true); c.querySelectorAll('[data-ui]').forEach(e => e.remove()); return c.textContent; }");
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6));
    }
}
