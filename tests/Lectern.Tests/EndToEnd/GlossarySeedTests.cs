using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Glossary;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

public class GlossarySeedTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private IDocument Reading => Html.Load(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html")));
    private IDocument GlossaryPage => Html.Load(fixture.Page(Path.Combine("glossary", "index.html")));

    private static IEnumerable<string> TermTexts(IElement paragraph) => paragraph.QuerySelectorAll("[data-term]").Select(t => t.TextContent);

    [Fact]
    public void Presidium_and_alternate_members_are_marked_in_paragraph_4_and_by_elected_in_paragraph_36()
    {
        var page = Reading;
        var p4 = TermTexts(page.GetElementById("p-4")!).ToList();
        Assert.Contains(p4, t => t.Contains("Presidium"));
        Assert.Contains("alternate members", p4);
        Assert.Contains("by-elected", TermTexts(page.GetElementById("p-36")!));
        Assert.All(new[] { "p-4", "p-36" }, id => Assert.NotEmpty(page.GetElementById(id)!.QuerySelectorAll("a.term[href]")));
    }

    [Fact]
    public void Terms_are_never_nested_nor_inside_headings_or_links()
    {
        var page = Reading;
        Assert.Empty(page.QuerySelectorAll("[data-term] [data-term], a [data-term], h1 [data-term], h2 [data-term], h3 [data-term], h4 [data-term], h5 [data-term], h6 [data-term]"));
    }

    [Fact]
    public void At_least_25_distinct_entries_are_marked_as_links_in_the_reading()
    {
        var marked = Reading.QuerySelectorAll(".reading-body a.term[data-term]").Select(t => t.GetAttribute("data-term")).Distinct().ToList();
        Assert.True(marked.Count >= 25, $"{marked.Count} distinct entries: {string.Join(", ", marked)}");
    }

    [Fact]
    public void Every_concordance_link_resolves_to_an_existing_paragraph()
    {
        var links = GlossaryPage.QuerySelectorAll(".concordance a[href*='#p-']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        var page = Reading;
        Assert.All(links, href =>
        {
            Assert.StartsWith("/" + RepoPaths.SeedSlug + "/#p-", href);
            Assert.NotNull(page.GetElementById(href[(href.IndexOf('#') + 1)..]));
        });
    }

    [Fact]
    public void Every_marked_term_is_wired_to_a_definition_on_the_page_and_the_shared_popover_exists()
    {
        var page = Reading;
        foreach (var term in page.QuerySelectorAll("a.term"))
        {
            var id = term.GetAttribute("data-term")!;
            Assert.Equal("/glossary/#" + id, term.GetAttribute("href"));
            var definition = page.GetElementById(term.GetAttribute("aria-describedby")!);
            Assert.NotNull(definition);
            Assert.Equal(TermMarkup.DefinitionId(id), definition!.Id);
            Assert.NotEqual("", definition.TextContent.Trim());
        }
        var popover = page.GetElementById(TermMarkup.PopoverId);
        Assert.NotNull(popover);
        Assert.Equal("manual", popover!.GetAttribute("popover"));
        Assert.Null(popover.Closest(".reading-body"));
        Assert.Empty(page.QuerySelectorAll("[role='tooltip']"));
        Assert.NotNull(page.QuerySelector("select#term-marking"));
        Assert.Equal("first-per-section", page.QuerySelector("[data-term-marking]")!.GetAttribute("data-term-marking"));
    }

    [Fact]
    public void The_page_lists_every_term_it_uses_for_print_and_for_the_toggletips()
    {
        var page = Reading;
        var used = page.QuerySelectorAll("[data-term]").Select(t => t.GetAttribute("data-term")).ToHashSet();
        var listed = page.QuerySelectorAll(".reading-terms [data-term-entry]").Select(e => e.GetAttribute("data-term-entry")).ToHashSet();
        Assert.Equal(used.Order(), listed.Order());
    }

    [Fact]
    public void The_dateline_and_end_mark_link_to_their_entries()
    {
        var page = Reading;
        Assert.Equal(["pyongyang", "kcna"], page.QuerySelectorAll(".dateline a.term").Select(a => a.GetAttribute("data-term")));
        Assert.Equal("dateline-and-end-mark", page.QuerySelector(".end-mark a.term")!.GetAttribute("data-term"));
    }

    [Fact]
    public void Glossary_entries_have_slug_ids_sources_and_links_back_into_the_reading()
    {
        var glossary = GlossaryPage;
        var entries = glossary.QuerySelectorAll(".glossary-entry").ToList();
        Assert.True(entries.Count >= 30);
        Assert.All(entries, e =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", e.Id);
            Assert.NotEmpty(e.QuerySelectorAll(".sources a[href^='http']"));
            Assert.NotNull(e.QuerySelector(".definition"));
        });
        Assert.Contains("para. ", glossary.GetElementById("political-bureau")!.QuerySelector(".concordance")!.TextContent);
    }

    [Fact]
    public void No_glossary_entry_is_unused_in_the_seed()
    {
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Code == DiagnosticCodes.GlossaryUnused);
    }
}

public class UnusedGlossaryEntryTests
{
    [Fact]
    public void An_entry_matching_nothing_is_a_warning_at_its_position()
    {
        using var site = new TempSite();
        var path = Path.Combine(site.Content, "glossary.yml");
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, "\n- id: zebra\n  term: Zebra crossing\n  definition: Not in the report.\n  sources: [{ title: S, url: 'https://example.org' }]\n");

        var result = BuildPipeline.Run(site.Options());

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.GlossaryUnused);
        Assert.False(warning.IsError);
        Assert.Equal((lines + 2, 3), (warning.Line, warning.Column));
        Assert.EndsWith("glossary.yml", warning.File);
        Assert.Contains("'zebra'", warning.Message);
    }
}
