using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

public class SeedSiteBuildTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private string ReadingPage => fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html"));

    [Fact]
    public void The_build_succeeds_without_diagnostics_errors()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void The_home_page_links_to_the_reading()
    {
        var home = Html.Load(fixture.Page("index.html"));
        var link = home.QuerySelectorAll("a").FirstOrDefault(a => a.GetAttribute("href") == "/" + RepoPaths.SeedSlug + "/");
        Assert.NotNull(link);
        Assert.Equal(RepoPaths.Expected.Title, link!.TextContent.Trim());
    }

    [Fact]
    public void The_reading_has_the_title_in_an_h1()
    {
        var page = Html.Load(ReadingPage);
        Assert.Equal(RepoPaths.Expected.Title, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void The_reading_holds_exactly_the_37_paragraphs_word_for_word()
    {
        var page = Html.Load(ReadingPage);
        var expected = RepoPaths.Expected.Paragraphs;
        Assert.Equal(expected.Count, page.QuerySelectorAll("[id^='p-']").Count(e => e.Id!.Length <= 4 && e.Id[2..].All(char.IsDigit)));
        for (var n = 1; n <= expected.Count; n++)
        {
            var p = page.GetElementById("p-" + n);
            Assert.NotNull(p);
            Assert.Equal(expected[n - 1], Html.TextWithoutApparatus(p!));
        }
        Assert.Null(page.GetElementById("p-" + (expected.Count + 1)));
    }

    [Fact]
    public void The_dateline_and_end_mark_are_shown_apart_from_the_paragraphs()
    {
        var page = Html.Load(ReadingPage);
        Assert.StartsWith(RepoPaths.Expected.Dateline, page.QuerySelector(".dateline")!.TextContent.Trim());
        Assert.Equal(RepoPaths.Expected.EndMark, page.QuerySelector(".end-mark")!.TextContent.Trim());
    }

    [Fact]
    public void The_glossary_page_lists_entries_with_their_ids()
    {
        var glossary = Html.Load(fixture.Page(Path.Combine("glossary", "index.html")));
        Assert.NotNull(glossary.GetElementById("political-bureau"));
        Assert.True(glossary.QuerySelectorAll(".glossary-entry").Length >= 3);
    }

    [Fact]
    public void Pages_load_nothing_from_another_origin()
    {
        foreach (var file in Directory.GetFiles(fixture.Site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Html.Load(file);
            var loaded = page.QuerySelectorAll("link[href]:not([rel='canonical']), script[src], img[src], iframe[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            Assert.DoesNotContain(loaded, u => u.Contains("//", StringComparison.Ordinal));
        }
    }
}
