using AngleSharp.Dom;
using Lectern.Documents;
using Lectern.Pipeline;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>The "Source and cleanup notes" page: the raw source with numbered lines and every cleanup decision at its line.</summary>
public class SourceNotesPageTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private IDocument Page => Html.Load(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "source", "index.html")));

    private static CleanResult SeedClean => TextCleaner.Clean(File.ReadAllText(RepoPaths.SeedSource));

    [Fact]
    public void Every_page_break_of_the_seed_is_listed_and_marked_at_its_line_with_its_evidence()
    {
        var page = Page;
        var breaks = SeedClean.Text.Report.OfKind(CleanupKind.PageBreakJoined).ToList();
        Assert.NotEmpty(breaks);
        var summary = page.QuerySelectorAll(".source-summary tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.StartsWith(Lectern.Stages.Layout.CleanupKindText.Label(CleanupKind.PageBreakJoined)));
        Assert.Equal(breaks.Count.ToString(), summary.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal(breaks.Select(b => "#L" + b.Line), summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        foreach (var b in breaks)
        {
            var row = page.GetElementById("L" + b.Line)!;
            Assert.True(row.ClassList.Contains("has-decision"));
            Assert.NotNull(row.QuerySelector("mark"));
            var note = row.QuerySelector("li[data-kind='PageBreakJoined']")!;
            Assert.Contains("Page break joined", note.TextContent);
            Assert.Contains(b.Evidence, note.TextContent);
        }
    }

    [Fact]
    public void Every_source_line_has_an_id_and_every_decision_is_shown_in_the_row_of_its_line()
    {
        var page = Page;
        var source = File.ReadAllText(RepoPaths.SeedSource);
        var lines = (source.StartsWith('\uFEFF') ? source[1..] : source).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var n = 1; n <= lines.Length; n++) Assert.NotNull(page.GetElementById("L" + n));
        Assert.Null(page.GetElementById("L" + (lines.Length + 1)));
        // The seed's blank-after-every-line layout folds: far fewer rows than lines, and the words are all there.
        var rows = page.QuerySelectorAll(".source-line").ToList();
        Assert.InRange(rows.Count, lines.Length / 3, lines.Length * 2 / 3);
        Assert.Equal(string.Join(" ", lines.Where(l => l.Trim().Length > 0).Select(l => l.Trim())),
            string.Join(" ", rows.Select(r => r.QuerySelector(".source-text")!.TextContent.Trim())));

        var decisions = SeedClean.Text.Report.Decisions;
        Assert.Equal(decisions.Count, page.QuerySelectorAll(".source-decisions li").Length);
        foreach (var d in decisions)
        {
            var anchor = page.GetElementById("L" + d.Line)!;
            var row = anchor.ClassList.Contains("source-line") ? anchor : anchor.Closest(".source-line")!;
            Assert.Contains(row.QuerySelectorAll(".source-decisions li"),
                li => li.GetAttribute("data-kind") == d.Kind.ToString() && li.TextContent.Contains(d.Evidence));
        }
    }

    [Fact]
    public void The_summary_is_an_accessible_table_of_every_kind_with_counts()
    {
        var table = Page.QuerySelector("table.source-summary")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(Enum.GetValues<CleanupKind>().Length, rows.Count);
        Assert.All(rows, r => Assert.Equal("row", r.QuerySelector("th")!.GetAttribute("scope")));
        Assert.Equal(SeedClean.Text.Report.Decisions.Count, rows.Sum(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent)));
    }

    [Fact]
    public void The_reading_links_to_its_source_notes_with_one_link_and_they_link_back()
    {
        var reading = Html.Load(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html")));
        var links = reading.QuerySelectorAll("a").Where(a => a.TextContent == "Source and cleanup notes").ToList();
        Assert.Single(links);
        Assert.Equal($"/{RepoPaths.SeedSlug}/source/", links[0].GetAttribute("href"));

        var back = Page.QuerySelectorAll("main a").Where(a => a.GetAttribute("href") == $"/{RepoPaths.SeedSlug}/").ToList();
        Assert.Contains(back, a => a.TextContent == "Back to the reading");
    }

    [Fact]
    public void Hostile_source_text_shows_as_text_and_runs_of_blank_lines_fold_with_their_numbers()
    {
        using var site = new TempSite(copyContent: false);
        var page = BuildSourcePage(site, "hostile",
            "A <script>alert(1)</script> headline\n\nPyongyang, June 30 (KCNA) -- The text &amp; <b>more</b> goes on.\n\n\n\n\fIt ends here.\n");
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
        var text = page.GetElementById("L1")!.QuerySelector(".source-text")!.TextContent;
        Assert.Equal("A <script>alert(1)</script> headline", text);
        Assert.Contains("&amp; <b>more</b>", page.GetElementById("L3")!.TextContent);
        Assert.Equal("3\u20136", page.GetElementById("L3")!.QuerySelector(".source-ln")!.TextContent.Replace("Line ", ""));
        Assert.Contains("(blank lines 4\u20136 dropped)", page.GetElementById("L3")!.TextContent);
        for (var n = 4; n <= 6; n++) Assert.NotNull(page.GetElementById("L" + n));
        Assert.StartsWith("\u240C", page.GetElementById("L7")!.QuerySelector(".source-text")!.TextContent);
    }

    [Fact]
    public void A_kind_with_many_lines_lists_the_first_forty_and_says_how_many_more()
    {
        var source = "A long report\n\nPyongyang, June 30 (KCNA) -- It begins.\n\n"
            + string.Concat(Enumerable.Range(1, 60).Select(n => $"Paragraph {n} goes on\nand on.\n\n"));
        using var site = new TempSite(copyContent: false);
        var page = BuildSourcePage(site, "long", source);

        var breaks = TextCleaner.Clean(source).Text.Report.OfKind(CleanupKind.ParagraphBreak).Select(d => d.Line).Distinct().ToList();
        Assert.True(breaks.Count > 40);
        var row = page.QuerySelectorAll(".source-summary tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.StartsWith(Lectern.Stages.Layout.CleanupKindText.Label(CleanupKind.ParagraphBreak)));
        Assert.Equal(breaks.Take(40).Select(n => "#L" + n), row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.EndsWith($" and {breaks.Count - 40} more", row.QuerySelectorAll("td")[1].TextContent);
    }

    /// <summary>Builds a site of one reading with <paramref name="source"/> as its text; returns its source notes page.</summary>
    private static IDocument BuildSourcePage(TempSite site, string slug, string source)
    {
        File.Copy(Path.Combine(RepoPaths.Content, "site.yml"), Path.Combine(site.Content, "site.yml"));
        var dir = site.ReadingDir(slug);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "source.txt"), source);
        BuildPipeline.Run(site.Options());
        return Html.Load(Path.Combine(site.Output, slug, "source", "index.html"));
    }
}
