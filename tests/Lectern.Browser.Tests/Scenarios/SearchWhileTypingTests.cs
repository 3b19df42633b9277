using System.Text.RegularExpressions;
using Lectern.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>
/// The search box while a reader types: a query fetches the files it needs side by side, not one after
/// another, and the live region announces the count once, when the results have settled, not for every
/// keystroke. (How fast results show is a benchmark, not a test: tests/Lectern.Benchmarks search.)
/// </summary>
[Collection(SiteCollection.Name)]
public class SearchWhileTypingTests(SiteFixture site)
{
    private const string Box = "#site-search-input";

    /// <summary>"committee" and "members" are in different shards, and their shared hits in text files of both readings.</summary>
    private const string TwoWords = "committee members";

    // Counts the search files in flight at once, by kind, before the page's own scripts run.
    private const string FetchCounter = """
        window.__fetches = { terms: [0, 0], texts: [0, 0], textFiles: new Set() };
        const kindOf = (url) => /\/search\/terms\//.test(url) ? 'terms' : /\/search-\d+\.json$/.test(url) ? 'texts' : null;
        const original = window.fetch;
        window.fetch = async (url, ...rest) => {
          const kind = kindOf(String(url));
          if (!kind) return original(url, ...rest);
          const count = window.__fetches[kind];
          count[0]++;
          count[1] = Math.max(count[1], count[0]);
          if (kind === 'texts') window.__fetches.textFiles.add(String(url));
          try { return await original(url, ...rest); } finally { count[0]--; }
        };
        """;

    // Every text the live region is given, from the page's load on.
    private const string AnnouncementRecorder = """
        window.__announced = [];
        document.addEventListener('DOMContentLoaded', () => {
          const region = document.getElementById('lectern-status');
          new MutationObserver(() => { if (region.textContent) window.__announced.push(region.textContent); })
            .observe(region, { childList: true, characterData: true, subtree: true });
        });
        """;

    [SkippableFact]
    public async Task A_query_fetches_its_shards_together_and_then_its_text_files_together()
    {
        await using var session = await OpenWithAsync(FetchCounter);
        var page = session.Page;

        // One input event for the whole query, as a paste makes: both words' shards are needed at once.
        await page.Locator(Box).FillAsync(TwoWords);
        await Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", TwoWords);

        var most = await page.EvaluateAsync<int[]>("() => [window.__fetches.terms[1], window.__fetches.texts[1], window.__fetches.textFiles.size]");
        Assert.Equal(2, most[0]);
        Assert.True(most[2] >= 2, $"the query's hits are in {most[2]} text file(s); the test needs a query whose hits span two");
        Assert.Equal(most[2], most[1]);
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Typing_a_query_announces_its_count_once_when_the_results_settle()
    {
        await using var session = await OpenWithAsync(AnnouncementRecorder);
        var page = session.Page;

        // A steady typist: each key's query answers before the next key, well within the pause that lets a count be announced.
        await page.Locator(Box).ClickAsync();
        await page.Locator(Box).PressSequentiallyAsync(TwoWords, new() { Delay = 60 });
        await Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("data-query", TwoWords);
        await Expect(page.Locator("#lectern-status")).ToHaveTextAsync(new Regex(@"^\d+ results?"));

        var announced = await page.EvaluateAsync<string[]>("() => window.__announced");
        var final = await page.Locator("#lectern-status").TextContentAsync() ?? "";
        Assert.Equal(final, announced[^1]);
        // One announcement; a second only if the machine stalled a whole pause between two keys. Announcing each
        // key's results would give one for most of the query's fifteen keys.
        Assert.True(announced.Length <= 2, string.Join(" | ", announced));
        session.AssertHealthy();
    }

    /// <summary>The site's home page with <paramref name="script"/> run before the page's own scripts.</summary>
    private async Task<BrowserSession> OpenWithAsync(string script)
    {
        var session = await site.OpenAsync("");
        await session.Page.AddInitScriptAsync(script);
        await session.GotoAsync(site.Url);
        return session;
    }
}
