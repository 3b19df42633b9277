using AngleSharp;
using AngleSharp.Html;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Stages.Load;
using Lectern.Stages.Render;
using Lectern.Tests.Support;
using Markdig;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Enrich;

/// <summary>Plain paragraphs are enriched as texts, without a tree, into exactly the body their parsed HTML gives.</summary>
public class TextParagraphsTests
{
    private static readonly string[] Paragraphs =
    [
        "The Political Bureau of the WPK met; the Presidium & the Central Committee <attended>.",
        "An alternate member was \"by-elected\" to the Politburo\u00a0of the WPK.",
        "The WPK and the WPK again, the Central Committee once more.",
        "Members of the Presidium of the Political Bureau spoke. -0-",
    ];

    private const string Metadata = """
        outline:
          - title: Opening & "attendance" <1>
            start: "1"
          - title: The by-election
            start: An alternate member
        notes:
          - quote: Political Bureau of the WPK
            text: A note on the *bureau*.
          - quote: Presidium & the Central
            text: Crosses a term's edge.
          - id: again
            quote: the WPK again
            text: Repeats.
          - quote: Politburo of the WPK
            text: Found across the no-break space.
          - quote: the Workers' Party
            text: Not in the text.
        """;

    private static (Reading Reading, string Diagnostics) Enrich(Reading reading)
    {
        var site = new Site(new SiteConfig(), new GlossaryIndex("glossary.yml", Politburo()), [reading]);
        var diagnostics = new DiagnosticBag();
        var enriched = EnrichStage.Execute(reading, site, new LinkBuilder("/base/", null), diagnostics);
        return (enriched, string.Join("\n", diagnostics.Sorted()));
    }

    [Fact]
    public void Plain_paragraphs_are_enriched_exactly_as_their_parsed_html()
    {
        var diagnostics = new DiagnosticBag();
        var metadata = YamlContentReader.Read<ReadingMetadata>(Metadata, "reading.yml", diagnostics)!;
        var plain = new Reading
        {
            Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "reading.yml", Metadata = metadata,
            Clean = new CleanText("T", null, Paragraphs, null, CleanupReport.Empty),
            Body = PlainParagraphs.TryCreate(Paragraphs),
        };
        var parsed = plain with { Body = null, BodyHtml = Markdown.ToHtml(RenderStage.ToMarkdown(Paragraphs), MarkdownPipelineFactory.Shared) };
        Assert.IsType<TextParagraphs>(EnrichStage.Parse(plain, new Site(new SiteConfig(), GlossaryIndex.Empty, []), new LinkBuilder("/", null), diagnostics).Paragraphs);

        var (fromText, textDiagnostics) = Enrich(plain);
        var (fromTree, treeDiagnostics) = Enrich(parsed);

        Assert.Equal(fromTree.BodyHtml, fromText.BodyHtml);
        Assert.Equal(treeDiagnostics, textDiagnostics);
        Assert.Equal(fromTree.Enrichment.Sections, fromText.Enrichment.Sections);
        Assert.Equal(fromTree.Enrichment.Terms, fromText.Enrichment.Terms);
        Assert.Equal(fromTree.Enrichment.Notes, fromText.Enrichment.Notes);
        // Everything the passes add is in it: headings, note quotes and markers, terms inside and beside quotes, an error.
        var page = Html.Parse(fromText.BodyHtml!);
        Assert.Equal(2, page.QuerySelectorAll("h2").Length);
        Assert.Equal(4, page.QuerySelectorAll("[data-note]").Length);
        Assert.NotEmpty(page.QuerySelectorAll("[data-note] [data-term]"));
        Assert.Equal(4, page.QuerySelectorAll("p[id][tabindex] > a.para-num").Length);
        Assert.Contains(DiagnosticCodes.NoteQuoteNotFound, textDiagnostics);
    }

    [Theory]
    [InlineData("Opening", "opening")]
    [InlineData("A & B <c> \"d\" 'e'\u00a0f", "a-b")]
    public void A_section_heading_is_written_as_AngleSharp_writes_the_element(string title, string id)
    {
        var section = new SectionInfo(id, title, 12);
        var document = Html.Parse("");
        var heading = document.CreateElement("h2");
        heading.Id = id;
        heading.SetAttribute("class", "section-heading");
        heading.SetAttribute("data-ui", "");
        heading.SetAttribute("data-first-paragraph", "12");
        heading.AppendChild(document.CreateTextNode(title));
        var link = document.CreateElement("a");
        link.SetAttribute("href", "#" + id);
        link.SetAttribute("class", "section-link");
        link.SetAttribute("data-ui", "");
        link.SetAttribute("aria-label", "Link to section: " + title);
        link.TextContent = "#";
        heading.AppendChild(link);

        Assert.Equal(heading.ToHtml(HtmlMarkupFormatter.Instance), Sections.Heading(section));
    }
}
