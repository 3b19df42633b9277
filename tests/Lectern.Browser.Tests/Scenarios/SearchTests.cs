using System.Text.RegularExpressions;
using Lectern.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>
/// The header's search box as a reader uses it: type, arrow to a hit, Enter lands on the paragraph with the
/// words highlighted; glossary forms widen a query; the open results pass axe; nothing leaves the origin.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class SearchTests(SiteFixture site)
{
    private static ILocator Box(IPage page) => page.Locator("#site-search-input");
    private static ILocator Hits(IPage page) => page.Locator("#site-search-results [role=option]:not([aria-disabled=true])");

    private static async Task SearchAsync(IPage page, string query)
    {
        await Box(page).ClickAsync();
        await Box(page).PressSequentiallyAsync(query);
        // Each pause in typing runs a query; wait for the results of the whole one.
        await Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", query);
        await Expect(Box(page)).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [SkippableFact]
    public async Task Enter_on_the_first_hit_for_self_protectionism_lands_on_its_paragraph_in_view_and_highlighted()
    {
        await using var session = await site.OpenAsync(site.Url);
        var page = session.Page;
        await SearchAsync(page, "self-protectionism");

        var hits = Hits(page);
        Assert.True(await hits.CountAsync() >= 1);
        await Expect(hits.First.Locator("mark").First).ToHaveTextAsync(new Regex("^self$", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#lectern-status")).ToHaveTextAsync(new Regex(@"^\d+ results?"));

        await page.Keyboard.PressAsync("ArrowDown");
        var first = hits.First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await first.GetAttributeAsync("id"), await Box(page).GetAttributeAsync("aria-activedescendant"));
        var href = (await first.GetAttributeAsync("data-href"))!;
        var anchor = ParagraphAnchor().Match(href).Groups[1].Value;
        Assert.EndsWith(":~:text=self%2Dprotectionism", href);

        await page.Keyboard.PressAsync("Enter");
        // Playwright sees the URL with its text directive, which the page's location.hash never shows.
        // Chromium navigates to the URL with its text directive, then strips the directive from the document's
        // URL; when the page is slow, Playwright may only ever see the stripped form. Either form is the landing.
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(site.ReadingUrl + "#" + anchor) + "(:~:text=self%2Dprotectionism)?$"));
        var paragraph = page.Locator("#" + anchor);
        await Expect(paragraph).ToContainTextAsync("self-protectionism");
        // The page's script moves focus to the paragraph; the browser highlights the words (::target-text), which
        // no DOM property shows, so the paragraph's pixels are counted for the theme's highlight colour. Chromium
        // leaves :target unset when it applies a text directive, so the highlight is the words', not the paragraph's.
        await page.WaitForFunctionAsync("id => document.activeElement && document.activeElement.id === id", anchor);
        Assert.Equal("#" + anchor, await page.EvaluateAsync<string>("() => location.hash"));
        await Expect(paragraph).ToBeInViewportAsync();
        Assert.False(await paragraph.EvaluateAsync<bool>("p => p.matches(':target')"), "the text directive was not applied");
        Assert.True(await HighlightedPixelsAsync(session, paragraph) > 100, "the words are not highlighted");
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Politburo_finds_the_paragraphs_that_say_Political_Bureau()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var page = session.Page;
        await SearchAsync(page, "Politburo");

        var texts = await Hits(page).AllInnerTextsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Matches(new Regex("political\\s+bureau|politburo", RegexOptions.IgnoreCase), t));
        Assert.Contains(texts, t => t.Contains("Political Bureau", StringComparison.OrdinalIgnoreCase));
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Escape_closes_the_results_and_a_query_without_hits_says_so()
    {
        await using var session = await site.OpenAsync(site.Url);
        var page = session.Page;
        await SearchAsync(page, "zyzzyva");
        await Expect(Hits(page)).ToHaveCountAsync(0);
        await Expect(page.Locator("#site-search-results")).ToContainTextAsync("No paragraph contains");
        await Expect(page.Locator("#lectern-status")).ToHaveTextAsync("No results");

        await page.Keyboard.PressAsync("Escape");
        await Expect(Box(page)).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator("#site-search-results")).ToBeHiddenAsync();
        session.AssertHealthy();
    }

    [SkippableTheory]
    [InlineData(ColorMode.Light)]
    [InlineData(ColorMode.Dark)]
    public async Task The_open_results_have_no_axe_violations(string mode)
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { ColorScheme = ColorMode.SystemScheme(mode) });
        var page = session.Page;
        await SearchAsync(page, "party officials");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(Hits(page).First).ToHaveAttributeAsync("aria-selected", "true");

        var found = await Axe.ViolationsAsync(page);
        Assert.True(found.Count == 0, $"axe found {found.Count} violations with the results open ({mode}):\n" + string.Join("\n", found));
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task The_search_page_shows_the_results_of_its_query()
    {
        await using var session = await site.OpenAsync(site.Url + "search/?q=self-protectionism");
        var page = session.Page;
        await Expect(Box(page)).ToHaveValueAsync("self-protectionism");
        await Expect(Box(page)).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.True(await Hits(page).CountAsync() >= 1);
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Without_javascript_the_box_leads_to_the_search_page_which_explains_searching()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { JavaScriptEnabled = false });
        var page = session.Page;
        await Box(page).FillAsync("party");
        await Box(page).PressAsync("Enter");
        await page.WaitForURLAsync(site.Url + "search/?q=party");
        await Expect(page.Locator(".search-noscript")).ToBeVisibleAsync();
        await Expect(page.Locator(".search-help")).ToContainTextAsync("quotes");
        session.AssertHealthy();
    }

    /// <summary>How many pixels of <paramref name="element"/> are the theme's <c>--highlight</c> colour, counted on a blank page (the site's CSP rightly forbids data: images).</summary>
    private static async Task<int> HighlightedPixelsAsync(BrowserSession session, ILocator element)
    {
        var color = await element.EvaluateAsync<string>("e => getComputedStyle(e).getPropertyValue('--highlight').trim()");
        var png = Convert.ToBase64String(await element.ScreenshotAsync());
        var blank = await session.Context.NewPageAsync();
        try
        {
            return await blank.EvaluateAsync<int>("""
                async ([png, hex]) => {
                  const img = new Image();
                  img.src = 'data:image/png;base64,' + png;
                  await img.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = img.width;
                  canvas.height = img.height;
                  const g = canvas.getContext('2d');
                  g.drawImage(img, 0, 0);
                  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
                  const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
                  let n = 0;
                  for (let i = 0; i < d.length; i += 4) if (want.every((v, j) => Math.abs(d[i + j] - v) < 6)) n++;
                  return n;
                }
                """, new object[] { png, color });
        }
        finally
        {
            await blank.CloseAsync();
        }
    }

    [GeneratedRegex("#(p-\\d+):~:")]
    private static partial Regex ParagraphAnchor();
}
