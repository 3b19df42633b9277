using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Tests.Support;

namespace Lectern.Tests.Enrich;

public class ParagraphAnchorsTests
{
    private static Reading Enrich(string bodyHtml)
    {
        var reading = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", BodyHtml = bodyHtml };
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty, [reading]);
        return EnrichStage.Execute(reading, site, new LinkBuilder("/", null), new DiagnosticBag());
    }

    [Fact]
    public void Paragraphs_get_ids_in_source_order_and_a_numbered_permalink()
    {
        var doc = Html.Parse(Enrich("<p>One.</p><p>Two.</p><p>Three.</p>").BodyHtml!);
        var paragraphs = doc.QuerySelectorAll("p").ToList();
        Assert.Equal(["p-1", "p-2", "p-3"], paragraphs.Select(p => p.Id));
        var link = paragraphs[1].QuerySelector("a.para-num")!;
        Assert.Equal("#p-2", link.GetAttribute("href"));
        Assert.Equal("Link to paragraph 2", link.GetAttribute("aria-label"));
        Assert.True(link.HasAttribute("data-ui"));
    }

    [Fact]
    public void The_id_is_the_first_attribute_of_a_plain_paragraph_and_replaces_an_id_a_paragraph_had_in_its_place()
    {
        var body = Enrich("<p>One.</p><p class=\"x\" id=\"old\" title=\"t\">Two.</p>").BodyHtml!;
        Assert.StartsWith("<p id=\"p-1\" tabindex=\"-1\">", body);
        Assert.Contains("<p class=\"x\" id=\"p-2\" title=\"t\" tabindex=\"-1\">", body);
    }

    [Fact]
    public void Removing_the_apparatus_leaves_the_paragraph_text()
    {
        var doc = Html.Parse(Enrich("<p>One &amp; only.</p>").BodyHtml!);
        Assert.Equal("One & only.", Html.TextWithoutApparatus(doc.QuerySelector("#p-1")!));
    }
}
