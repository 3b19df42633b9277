using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Stages.Render;
using Lectern.Tests.Support;
using Markdig;

namespace Lectern.Tests.Render;

/// <summary>A structured document's blocks become headings, paragraphs and lists, each with exactly its words.</summary>
public class BlockMarkdownTests
{
    private static readonly Block[] Structured =
    [
        new(BlockKind.Heading, 1, "Chapter IV: The General Assembly", 1),
        new(BlockKind.Heading, 2, "Article 9", 2),
        new(BlockKind.Paragraph, 0, "1. The General Assembly shall consist of all the Members.", 3),
        new(BlockKind.Item, 1, "(a) promoting international co-operation in the *political* field;", 4),
        new(BlockKind.Item, 1, "(b) promoting <international> co-operation & more.", 5),
        new(BlockKind.Item, 1, "Agencies must publish - data", 6),
        new(BlockKind.Item, 1, "# not a heading", 7),
        new(BlockKind.Paragraph, 0, "2. Each Member shall have not more than five representatives.", 8),
        new(BlockKind.Heading, 2, "Article 9", 9),
        new(BlockKind.Item, 1, "1. Scope", 10),
    ];

    private static AngleSharp.Dom.IDocument Page(IReadOnlyList<Block> blocks) =>
        Html.Parse(Markdown.ToHtml(BlockMarkdown.Write(blocks), MarkdownPipelineFactory.Shared));

    [Fact]
    public void Headings_paragraphs_and_lists_keep_their_words_and_kinds()
    {
        var page = Page(Structured);

        Assert.Equal(["h2", "h3", "p", "ol", "ul", "p", "h3", "ol"], page.Body!.Children.Select(e => e.LocalName));
        var texts = page.Body.QuerySelectorAll("h2, h3, p, li").Select(e => e.TextContent).ToList();
        Assert.Equal(Structured.Select(b => b.Text), texts);
        Assert.Equal(2, page.QuerySelectorAll("ol")[0].Children.Length);
        Assert.Equal(2, page.QuerySelectorAll("ul")[0].Children.Length);
        Assert.All(page.QuerySelectorAll("li"), li => Assert.Null(li.QuerySelector("p")));
    }

    [Fact]
    public void A_heading_is_never_more_than_one_level_below_the_heading_before_it()
    {
        Block[] blocks =
        [
            new(BlockKind.Heading, 1, "CHAPTER VI", 1), new(BlockKind.Heading, 3, "Article 33", 2), new(BlockKind.Paragraph, 0, "Text.", 3),
            new(BlockKind.Heading, 2, "Voting", 4), new(BlockKind.Heading, 3, "Article 34", 5), new(BlockKind.Paragraph, 0, "More.", 6),
        ];

        Assert.Equal(["h2", "h3", "p", "h3", "h4", "p"], Page(blocks).Body!.Children.Select(e => e.LocalName));
    }

    [Fact]
    public void Paragraph_ids_count_paragraphs_and_items_and_headings_get_unique_slugs_and_sections()
    {
        var clean = new CleanText("T", null, Structured.Select(b => b.Text).ToList(), null, CleanupReport.Empty) { Blocks = Structured };
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", Clean = clean };
        var rendered = RenderStage.Execute(reading);
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty, [rendered]);

        var enriched = EnrichStage.Execute(rendered, site, new LinkBuilder("/", null), new DiagnosticBag());

        var page = Html.Parse(enriched.BodyHtml!);
        var numbered = page.QuerySelectorAll("[id^='p-']").Select(e => (e.Id, e.LocalName)).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"p-{n}"), numbered.Select(n => n.Id));
        Assert.Equal(["p", "li", "li", "li", "li", "p", "li"], numbered.Select(n => n.LocalName));
        Assert.Equal(["chapter-iv-the-general-assembly", "article-9", "article-9-2"], page.QuerySelectorAll("h2, h3").Select(h => h.Id));
        Assert.Empty(page.QuerySelectorAll("h2[data-ui], h3[data-ui]"));
        Assert.Equal([("chapter-iv-the-general-assembly", 1), ("article-9", 1), ("article-9-2", 7)],
            enriched.Enrichment.Sections.Select(s => (s.Id, s.FirstParagraph)));
        Assert.Equal(7, enriched.ParagraphCount);
    }
}
