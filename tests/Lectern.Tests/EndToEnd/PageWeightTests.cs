using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>Readers judge a page by how fast it shows text on a phone: the reading page stays small and self-contained.</summary>
public class PageWeightTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    /// <summary>The budget documented in docs/performance.md: the reading page's HTML, CSS and JS together, uncompressed.</summary>
    public const int ReadingPageBudgetBytes = 104 * 1024;

    [Fact]
    public void The_seed_reading_page_with_its_css_and_js_is_under_the_budget()
    {
        var pagePath = fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html"));
        var page = Html.Load(pagePath);
        var total = new FileInfo(pagePath).Length;
        var assets = page.QuerySelectorAll("link[rel='stylesheet'][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.NotEmpty(assets);
        foreach (var url in assets)
        {
            Assert.StartsWith("/", url);
            total += new FileInfo(fixture.Page(url.TrimStart('/'))).Length;
        }
        Assert.True(total < ReadingPageBudgetBytes, $"the reading page weighs {total} bytes with its CSS and JS; the budget is {ReadingPageBudgetBytes}");
    }

    [Fact]
    public void No_page_has_a_render_blocking_script_or_a_web_font()
    {
        foreach (var file in Directory.GetFiles(fixture.Site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Html.Load(file);
            var blocking = page.QuerySelectorAll("script[src]").Where(s => !s.HasAttribute("defer") && !s.HasAttribute("async") && s.GetAttribute("type") != "module")
                .Select(s => s.GetAttribute("src")!).ToList();
            // One exception, by design: the tiny theme script must run before first paint, or a reader's
            // stored dark theme would flash light. It stays tiny.
            var theme = blocking.Where(src => src.EndsWith("/" + Lectern.Stages.Layout.LayoutContext.ThemeScriptPath, StringComparison.Ordinal)).ToList();
            Assert.All(theme, src => Assert.True(new FileInfo(fixture.Page(src.TrimStart('/'))).Length < 512, "assets/theme.js must stay tiny"));
            Assert.Empty(blocking.Except(theme));
            Assert.Empty(page.QuerySelectorAll("link[rel='preload'][as='font'], link[href$='.woff2'], link[href$='.woff']"));
        }
        foreach (var css in Directory.GetFiles(fixture.Site.Output, "*.css", SearchOption.AllDirectories))
            Assert.DoesNotContain("@font-face", File.ReadAllText(css));
    }
}
