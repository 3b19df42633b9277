using Lectern.Pipeline;
using Lectern.Stages.Layout;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>The glossary page lists the newest readings of an entry; every reading is on the entry's concordance page.</summary>
public class ConcordanceScaleTests
{
    private const int Readings = GlossaryPage.ReadingsShown + 2;

    [Fact]
    public void An_entry_in_more_readings_than_the_glossary_lists_gets_a_concordance_page_with_all_of_them()
    {
        using var site = new TempSite();
        for (var i = 2; i <= Readings; i++)
            TempSite.CopyDirectory(site.ReadingDir(), site.ReadingDir($"copy-{i:00}"));
        var result = BuildPipeline.Run(site.Options("/lectern-demo/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var glossary = Html.Load(Path.Combine(site.Output, "glossary", "index.html"));
        var entry = glossary.GetElementById("political-bureau")!.QuerySelector(".concordance")!;
        var readingLinks = entry.QuerySelectorAll("a").Where(a => !a.GetAttribute("href")!.Contains('#')).ToList();
        Assert.Equal(GlossaryPage.ReadingsShown, readingLinks.Count(a => !a.GetAttribute("href")!.StartsWith("/lectern-demo/glossary/", StringComparison.Ordinal)));
        Assert.Contains("and 2 more", entry.TextContent);
        var more = entry.QuerySelector("a[href='/lectern-demo/glossary/political-bureau/']");
        Assert.NotNull(more);

        var page = Html.Load(Path.Combine(site.Output, "glossary", "political-bureau", "index.html"));
        var listed = page.QuerySelectorAll(".concordance-list > li").ToList();
        Assert.Equal(Readings, listed.Count);
        Assert.All(listed, li => Assert.NotEmpty(li.QuerySelectorAll("a[href*='#p-']")));
        Assert.Contains("/lectern-demo/glossary/political-bureau/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void A_small_site_has_no_concordance_pages()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);

        Assert.Empty(Directory.GetDirectories(Path.Combine(site.Output, "glossary")));
    }
}
