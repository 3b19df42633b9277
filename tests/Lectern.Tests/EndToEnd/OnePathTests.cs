using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Clean;
using Lectern.Stages.Enrich;
using Lectern.Stages.Render;
using Lectern.Tests.Support;
using Markdig;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.EndToEnd;

/// <summary>
/// Every cleaned body takes the one path the design names: its paragraphs as escaped Markdown, rendered by
/// Markdig, parsed by AngleSharp, and every enrich pass on that tree. No reading, however plain its text, skips one.
/// </summary>
public class OnePathTests
{
    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string> { RepoPaths.SeedSource };
        foreach (var f in Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal)) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_cleaned_body_goes_through_Markdig_and_AngleSharp(string path)
    {
        var diagnostics = new DiagnosticBag();
        var reading = new Reading { Slug = "r", SourcePath = path, SourceText = File.ReadAllText(path), MetadataPath = "reading.yml" };
        var cleaned = CleanStage.Execute(reading, diagnostics);
        var paragraphs = cleaned.Clean!.Paragraphs;

        var rendered = RenderStage.Execute(cleaned);

        Assert.Equal(Markdown.ToHtml(BlockMarkdown.Write(cleaned.Clean.Blocks), MarkdownPipelineFactory.Shared), rendered.BodyHtml);
        Assert.Null(rendered.Body);

        var site = new Site(new SiteConfig(), new GlossaryIndex("glossary.yml", Politburo()), [rendered]);
        var enriched = EnrichStage.Execute(rendered, site, new LinkBuilder("/", null), diagnostics);

        var body = Assert.IsType<BodyParagraphs>(enriched.Body);
        Assert.Equal(paragraphs.Count, body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            var element = body.Element(i);
            Assert.IsAssignableFrom<AngleSharp.Dom.IElement>(element);
            Assert.Equal(paragraphs[i], body.TextOf(i));
        }
        var page = Html.Parse(enriched.BodyHtml!);
        Assert.Equal(paragraphs.Count, page.QuerySelectorAll("p[id^='p-']").Length);
    }
}
