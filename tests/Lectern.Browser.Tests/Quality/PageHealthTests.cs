using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Quality;

/// <summary>Pages load without console errors, and every request stays on the site's own origin.</summary>
[Collection(SiteCollection.Name)]
public class PageHealthTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Every_page_loads_without_errors_and_only_from_its_own_origin()
    {
        await using var session = await site.OpenAsync("");
        var urls = site.PageUrls.Append(site.ReadingUrl + "#p-12").ToList();
        foreach (var url in urls)
        {
            await session.GotoAsync(url);
            // Let deferred scripts and anything they start (fetches, observers) settle.
            await session.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }
        session.AssertHealthy();
        // The check means something only if the pages did load their assets.
        Assert.Contains(session.Requests, u => u.EndsWith(SiteFixture.BasePath + "assets/lectern.css", StringComparison.Ordinal));
        Assert.Contains(session.Requests, u => u.EndsWith(SiteFixture.BasePath + "assets/lectern.js", StringComparison.Ordinal));
    }
}
