using System.Xml.Linq;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Publishing;

public class GitHubPagesFilesTests
{
    private static string Build(TempSite site, string basePath, string? siteYmlExtra = null, bool withoutBaseUrl = false)
    {
        var siteYml = Path.Combine(site.Content, "site.yml");
        var yaml = File.ReadAllText(siteYml);
        if (withoutBaseUrl) yaml = string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith("baseUrl:", StringComparison.Ordinal)));
        File.WriteAllText(siteYml, yaml + "\n" + (siteYmlExtra ?? ""));
        var result = BuildPipeline.Run(site.Options(basePath));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site.Output;
    }

    [Fact]
    public void Nojekyll_robots_and_a_sitemap_with_absolute_urls_of_every_page_are_written()
    {
        using var site = new TempSite();
        var output = Build(site, "/lectern-demo/");

        Assert.True(File.Exists(Path.Combine(output, ".nojekyll")));
        Assert.False(File.Exists(Path.Combine(output, "CNAME")));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Equal([
            "https://example.github.io/lectern-demo/",
            "https://example.github.io/lectern-demo/" + RepoPaths.SeedSlug + "/",
            "https://example.github.io/lectern-demo/" + RepoPaths.SeedSlug + "/source/",
            "https://example.github.io/lectern-demo/glossary/",
        ], locs);

        var robots = File.ReadAllText(Path.Combine(output, "robots.txt"));
        Assert.Contains("Sitemap: https://example.github.io/lectern-demo/sitemap.xml", robots);
    }

    [Fact]
    public void Without_a_base_url_there_is_no_sitemap_and_robots_does_not_point_to_one()
    {
        using var site = new TempSite();
        var output = Build(site, "/", withoutBaseUrl: true);

        Assert.False(File.Exists(Path.Combine(output, "sitemap.xml")));
        Assert.DoesNotContain("Sitemap:", File.ReadAllText(Path.Combine(output, "robots.txt")));
    }

    [Fact]
    public void The_base_url_option_overrides_site_yml()
    {
        using var site = new TempSite();
        var result = BuildPipeline.Run(site.Options("/r/") with { BaseUrl = "https://user.github.io/" });
        Assert.True(result.Succeeded);
        var home = Html.Load(Path.Combine(site.Output, "index.html"));
        Assert.Equal("https://user.github.io/r/", home.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Cname_from_site_yml_is_written()
    {
        using var site = new TempSite();
        var output = Build(site, "/", "cname: readings.example.org\n");
        Assert.Equal("readings.example.org\n", File.ReadAllText(Path.Combine(output, "CNAME")));
    }

    [Fact]
    public void The_404_page_uses_root_absolute_links_and_is_not_indexed()
    {
        using var site = new TempSite();
        var output = Build(site, "/lectern-demo/");
        var page = Html.Load(Path.Combine(output, "404.html"));

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("/lectern-demo/assets/favicon.svg", page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
        var links = page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('#')).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, u => Assert.StartsWith("/lectern-demo/", u));
    }

    [Theory]
    [InlineData("https://user.github.io/repository")]
    [InlineData("user.github.io")]
    public void A_base_url_with_a_path_or_without_a_scheme_is_an_error(string baseUrl)
    {
        using var site = new TempSite();
        var result = BuildPipeline.Run(site.Options() with { BaseUrl = baseUrl });
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "LEC060");
        Assert.Contains("basePath", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
