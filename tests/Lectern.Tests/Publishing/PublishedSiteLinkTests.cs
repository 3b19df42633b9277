using System.Net;
using Lectern.Cli.Serving;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Publishing;

/// <summary>The seed site, built under a base path and served as GitHub Pages would serve it, has no broken link or asset.</summary>
public class PublishedSiteLinkTests
{
    [Theory]
    [InlineData("/lectern-demo/")]
    [InlineData("/")]
    [InlineData("/any/sub/path/")]
    public async Task Every_href_and_src_on_every_page_resolves_under_the_base_path(string basePath)
    {
        using var site = new TempSite();
        var result = BuildPipeline.Run(site.Options(basePath));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var crawler = await SiteCrawler.CrawlServedAsync(site.Output, basePath);
        var visited = crawler.Visited;

        Assert.Empty(crawler.Broken);
        var pages = Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => basePath + Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/').TrimStart('.') + "/")
            .Select(p => p.Replace("//", "/"));
        Assert.Subset(visited.Select(u => u.AbsolutePath).ToHashSet(), pages.ToHashSet());
        Assert.All(visited, u => Assert.StartsWith(basePath, u.AbsolutePath));
        Assert.Contains(visited, u => u.AbsolutePath == basePath + "assets/lectern.css");
        Assert.Contains(visited, u => u.AbsolutePath == basePath + "assets/favicon.svg");
    }

    [Fact]
    public async Task Site_relative_links_in_glossary_markdown_follow_the_base_path()
    {
        using var site = new TempSite();
        var glossary = Path.Combine(site.Content, "glossary.yml");
        File.WriteAllText(glossary, File.ReadAllText(glossary).Replace(
            "- id: political-bureau\n",
            "- id: political-bureau\n  note: See the [Central Committee](/glossary/#central-committee), the [WPK](glossary/#workers-party-of-korea) and [the first paragraph](/report-2021-06-29-politburo/#p-1).\n"));
        Assert.True(BuildPipeline.Run(site.Options("/lectern-demo/")).Succeeded);

        var crawler = await SiteCrawler.CrawlServedAsync(site.Output, "/lectern-demo/");

        Assert.Empty(crawler.Broken);
        var page = Html.Load(Path.Combine(site.Output, "glossary", "index.html"));
        var hrefs = page.QuerySelectorAll(".glossary-note a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/lectern-demo/glossary/#central-committee", "/lectern-demo/glossary/#workers-party-of-korea", "/lectern-demo/report-2021-06-29-politburo/#p-1"], hrefs);
    }

    [Fact]
    public async Task An_unknown_address_at_any_depth_gets_the_404_page_whose_links_work()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options("/lectern-demo/")).Succeeded);
        await using var server = await StaticSiteServer.StartAsync(site.Output, "/lectern-demo/");
        using var http = SiteCrawler.NoRedirects();

        using var response = await http.GetAsync(new Uri(new Uri(server.Url), "no/such/deep/page/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/lectern-demo/");

        var crawler = await SiteCrawler.CrawlServedAsync(site.Output, "/lectern-demo/", "no/such/deep/page/");
        Assert.Empty(crawler.Broken);
        Assert.Contains(crawler.Visited, u => u.AbsolutePath == "/lectern-demo/assets/lectern.css");
    }
}

public class SiteCrawlerTests
{
    [Fact]
    public async Task The_crawler_reports_links_of_a_site_built_for_another_base_path()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options("/lectern-demo/")).Succeeded);
        var crawler = await SiteCrawler.CrawlServedAsync(site.Output, "/elsewhere/");

        Assert.Contains(crawler.Broken, b => b.Contains("/lectern-demo/assets/lectern.css: 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_crawler_reports_a_fragment_missing_from_its_target_page()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        var home = Path.Combine(site.Output, "index.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("</main>", "<a href=\"/glossary/#no-such-entry\">x</a></main>"));
        var crawler = await SiteCrawler.CrawlServedAsync(site.Output, "/");

        Assert.Equal(["no element with id 'no-such-entry'"], crawler.Broken.Select(b => b[(b.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }
}
