using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Pipeline;
using Lectern.Stages.Layout;
using Lectern.Stages.Link;
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
    public void The_concordance_offers_one_piece_of_work_per_page_longest_list_first_making_the_pages_the_build_wrote()
    {
        using var site = new TempSite();
        for (var i = 2; i <= Readings; i++)
            TempSite.CopyDirectory(site.ReadingDir(), site.ReadingDir($"copy-{i:00}"));
        var options = site.Options();
        var result = BuildPipeline.Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(site.Themes, "default", diagnostics)!;
        var context = new LayoutContext(theme, result.Site!, LinkStage.Execute(result.Site!, diagnostics), SiteLinks.Create(options, result.Site!.Config, diagnostics), diagnostics);

        var work = ConcordancePage.Work(context).ToList();
        var withPages = result.Site!.Glossary.Entries.Where(e => ConcordancePage.HasPage(context, e.Id)).ToList();
        Assert.True(withPages.Count >= 2);
        Assert.Equal(withPages.Count, work.Count);
        var files = work.Select(make => Assert.Single(Made(make))).ToList();
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, f.RelativePath)), f.Content));
        Assert.Equal(withPages.Select(e => $"glossary/{e.Id}/index.html").Order(StringComparer.Ordinal), files.Select(f => f.RelativePath).Order(StringComparer.Ordinal));

        // The first entry (in glossary order) found in one reading fewer: its page now comes after the second's.
        var (first, second) = (withPages[0].Id, withPages[1].Id);
        var concordance = context.Index.Concordance.ToDictionary(kv => kv.Key, kv => kv.Value);
        concordance[first] = concordance[first].Take(concordance[first].Count - 1).ToList();
        var shorter = context.WithIndex(result.Site!, context.Index with { Concordance = concordance });
        var order = ConcordancePage.Work(shorter).Select(make => Assert.Single(Made(make)).RelativePath).ToList();
        Assert.True(order.IndexOf($"glossary/{second}/index.html") < order.IndexOf($"glossary/{first}/index.html"));
    }

    private static IReadOnlyCollection<OutputFile> Made(Action<IOutputSink> work)
    {
        var files = new OutputFiles();
        work(files);
        return files.Files;
    }

    [Fact]
    public void A_small_site_has_no_concordance_pages()
    {
        using var site = new TempSite();
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);

        Assert.Empty(Directory.GetDirectories(Path.Combine(site.Output, "glossary")));
    }
}
