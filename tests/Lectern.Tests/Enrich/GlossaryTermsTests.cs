using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Tests.Support;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Enrich;

public class GlossaryTermsTests
{
    private static (IDocument Page, Reading Reading) Enrich(string bodyHtml, string marking = "first-per-section", string basePath = "/")
    {
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", BodyHtml = bodyHtml };
        var config = new SiteConfig { Glossary = new GlossarySettings { Marking = marking } };
        var site = new Site(config, new GlossaryIndex("glossary.yml", Politburo()), [reading]);
        var enriched = EnrichStage.Execute(reading, site, new LinkBuilder(basePath, null), new DiagnosticBag());
        return (Html.Parse(enriched.BodyHtml!), enriched);
    }

    /// <summary>Runs the pass with sections, as the outline pass would have left them.</summary>
    private static IDocument EnrichWithSections(string bodyHtml, params SectionInfo[] sections)
    {
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", BodyHtml = bodyHtml };
        var site = new Site(new SiteConfig(), new GlossaryIndex("glossary.yml", Politburo()), [reading]);
        var document = Html.Parse("<div id='b'>" + bodyHtml + "</div>");
        var context = new EnrichContext(document.GetElementById("b")!, reading, site, new LinkBuilder("/", null), new DiagnosticBag());
        context.Sections.AddRange(sections);
        new ParagraphAnchors().Apply(context);
        new GlossaryTerms().Apply(context);
        return Html.Parse(context.Paragraphs.ToString());
    }

    [Fact]
    public void A_marked_term_is_a_link_to_its_entry_described_by_its_definition()
    {
        var (page, _) = Enrich("<p>Members of the Presidium met.</p>");
        var term = Assert.Single(page.QuerySelectorAll("[data-term]"));
        Assert.Equal("a", term.LocalName);
        Assert.Equal("presidium", term.GetAttribute("data-term"));
        Assert.Equal("/glossary/#presidium", term.GetAttribute("href"));
        Assert.Equal(TermMarkup.DefinitionId("presidium"), term.GetAttribute("aria-describedby"));
        Assert.Equal("Presidium", term.TextContent);
        Assert.False(term.HasAttribute("data-ui"));
        Assert.False(term.HasAttribute("role"));
    }

    [Fact]
    public void Links_carry_the_base_path()
    {
        var (page, _) = Enrich("<p>The WPK.</p>", basePath: "/lectern/");
        Assert.Equal("/lectern/glossary/#wpk", page.QuerySelector("a.term")!.GetAttribute("href"));
    }

    [Fact]
    public void Repeats_in_the_same_section_are_plain_spans_that_cannot_take_focus()
    {
        var (page, _) = Enrich("<p>The WPK and the WPK.</p><p>Again the WPK.</p>");
        var terms = page.QuerySelectorAll("[data-term='wpk']").ToList();
        Assert.Equal(["a", "span", "span"], terms.Select(t => t.LocalName));
        Assert.False(terms[0].HasAttribute("data-term-repeat"));
        Assert.All(terms.Skip(1), t =>
        {
            Assert.True(t.HasAttribute("data-term-repeat"));
            Assert.False(t.HasAttribute("href"));
            Assert.False(t.HasAttribute("tabindex"));
        });
    }

    [Fact]
    public void The_first_occurrence_is_marked_again_in_each_section()
    {
        var page = EnrichWithSections("<p>The WPK.</p><p>The WPK.</p><p>The WPK.</p>",
            new SectionInfo("s-1", "One", 1), new SectionInfo("s-2", "Two", 3));
        Assert.Equal(["a", "span", "a"], page.QuerySelectorAll("[data-term]").Select(t => t.LocalName));
    }

    [Theory]
    [InlineData("every", new[] { "a", "a" })]
    [InlineData("none", new[] { "span", "span" })]
    [InlineData("first-per-section", new[] { "a", "span" })]
    public void The_site_marking_decides_which_occurrences_are_links(string marking, string[] expected)
    {
        var (page, _) = Enrich("<p>The WPK and the WPK.</p>", marking);
        Assert.Equal(expected, page.QuerySelectorAll("[data-term]").Select(t => t.LocalName));
    }

    [Fact]
    public void Every_occurrence_is_recorded_for_the_concordance()
    {
        var (_, reading) = Enrich("<p>The WPK and the Politburo.</p><p>No terms.</p><p>The WPK.</p>");
        Assert.Equal([new TermOccurrence("wpk", 1), new TermOccurrence("political-bureau", 1), new TermOccurrence("wpk", 3)],
            reading.Enrichment.Terms);
    }

    [Fact]
    public void Terms_are_never_nested_nor_inside_links_code_or_headings()
    {
        var (page, _) = Enrich("<h2>The Politburo</h2><p>The <a href='x'>Politburo</a>, <code>WPK</code> and the Presidium of the Political Bureau.</p>");
        Assert.Empty(page.QuerySelectorAll("h2 [data-term], a[href='x'] [data-term], code [data-term], [data-term] [data-term]"));
        Assert.Equal(["Presidium of the Political Bureau"], page.QuerySelectorAll("[data-term]").Select(t => t.TextContent));
    }

    [Fact]
    public void Removing_the_apparatus_still_leaves_the_paragraph_words()
    {
        var (page, _) = Enrich("<p>Members and alternate members of the Politburo of the WPK.</p>");
        Assert.Equal("Members and alternate members of the Politburo of the WPK.", Html.TextWithoutApparatus(page.GetElementById("p-1")!));
    }

    [Fact]
    public void Plain_text_outside_the_paragraphs_gets_the_same_markup()
    {
        var clean = new CleanText("T", "Pyongyang, June 30 (WPK) WPK", ["The WPK met."], "WPK -0-", CleanupReport.Empty);
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", BodyHtml = "<p>The WPK met.</p>", Clean = clean };
        var site = new Site(new SiteConfig(), new GlossaryIndex("glossary.yml", Politburo()), [reading]);

        var enriched = EnrichStage.Execute(reading, site, new LinkBuilder("/", null), new DiagnosticBag()).Enrichment;

        // Each stands alone: its first occurrence is a link, as the body's first is, and a repeat within it is not.
        var dateline = Html.Parse("<p>" + enriched.Dateline + "</p>");
        Assert.Equal(["wpk", "wpk"], dateline.QuerySelectorAll("[data-term]").Select(a => a.GetAttribute("data-term")));
        Assert.Equal(1, dateline.QuerySelectorAll("a.term").Length);
        Assert.Equal("Pyongyang, June 30 (WPK) WPK", dateline.QuerySelector("p")!.TextContent);
        var endMark = Html.Parse("<p>" + enriched.EndMark + "</p>");
        Assert.Equal(["wpk", "end-mark"], endMark.QuerySelectorAll("a.term").Select(a => a.GetAttribute("data-term")));
        Assert.Equal(["wpk", "wpk", "wpk", "end-mark"], enriched.FrameTerms);
        Assert.Equal([new TermOccurrence("wpk", 1)], enriched.Terms);
    }

    [Fact]
    public void Section_of_a_paragraph_is_the_last_section_starting_at_or_before_it()
    {
        SectionInfo[] sections = [new("a", "A", 2), new("b", "B", 5)];
        Assert.Equal([-1, 0, 0, 1, 1], new[] { 1, 2, 4, 5, 9 }.Select(n => GlossaryTerms.SectionOf(sections, n)));
    }
}
