using System.Text.Json;
using AngleSharp.Dom;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>The seed reading's sections, paragraph apparatus, citations and head metadata, as built.</summary>
public class ReadingPageTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private IDocument Page => Html.Load(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html")));

    [Fact]
    public void The_outline_gives_at_least_five_h2_sections_each_linked_from_the_table_of_contents()
    {
        var page = Page;
        var headings = page.QuerySelectorAll(".reading-body h2.section-heading[id]").ToList();
        Assert.InRange(headings.Count, 6, 10);
        var toc = page.QuerySelectorAll("#toc a[data-section]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(headings.Select(h => "#" + h.Id), toc);
        Assert.All(headings, h => Assert.Equal("#" + h.Id, h.QuerySelector("a.section-link[data-ui]")!.GetAttribute("href")));
        Assert.Equal("p-1", headings[0].NextElementSibling!.Id);
        Assert.Equal("p-37", headings[^1].NextElementSibling!.Id);
    }

    [Fact]
    public void Every_paragraph_has_a_permalink_and_a_cite_control_that_are_apparatus()
    {
        var page = Page;
        for (var n = 1; n <= RepoPaths.Expected.Paragraphs.Count; n++)
        {
            var p = page.GetElementById("p-" + n)!;
            Assert.Equal("-1", p.GetAttribute("tabindex"));
            var permalink = p.QuerySelector("a.para-num")!;
            Assert.EndsWith("#p-" + n, permalink.GetAttribute("href"));
            Assert.Equal($"Link to paragraph {n}", permalink.GetAttribute("aria-label"));
            Assert.Equal(n.ToString(), permalink.TextContent);
            var cite = p.QuerySelector("a.para-cite")!;
            Assert.Equal("#cite", cite.GetAttribute("href"));
            Assert.Equal(n.ToString(), cite.GetAttribute("data-cite-paragraph"));
            Assert.Equal($"Cite paragraph {n}", cite.GetAttribute("aria-label"));
            // Glossary term links wrap the source's own words; every other link is added apparatus.
            Assert.All(p.QuerySelectorAll("a:not([data-term])"), a => Assert.True(a.HasAttribute("data-ui")));
        }
        Assert.NotNull(page.GetElementById("cite"));
    }

    [Fact]
    public void The_whole_body_without_apparatus_is_the_source_paragraphs()
    {
        var body = (IElement)Page.QuerySelector(".reading-body")!.Clone(deep: true);
        foreach (var p in body.QuerySelectorAll("p")) p.Append(body.Owner!.CreateTextNode(" "));
        Assert.Equal(string.Join(" ", RepoPaths.Expected.Paragraphs), Html.TextWithoutApparatus(body));
    }

    [Fact]
    public void Citations_in_four_styles_for_the_reading_and_a_paragraph_template()
    {
        var page = Page;
        foreach (var style in new[] { "chicago", "mla", "apa", "bibtex" })
        {
            var reading = page.GetElementById("cite-" + style)!.TextContent;
            Assert.Contains("https://example.github.io/report-2021-06-29-politburo/", reading);
            Assert.DoesNotContain("#p-", reading);
            var paragraph = page.GetElementById("cite-p-" + style)!;
            Assert.NotEmpty(paragraph.QuerySelectorAll("[data-cite-n]"));
            Assert.NotNull(page.QuerySelector($"#cite-dialog button[data-copy='cite-p-{style}']"));
        }
        Assert.Contains("Korean Central News Agency (KCNA)", page.GetElementById("cite-chicago")!.TextContent);
        // Copying announces politely: on the page, and inside the modal dialog (the page is inert while it is open).
        Assert.NotNull(page.QuerySelector("#lectern-status[role=status]"));
        Assert.NotNull(page.QuerySelector("#cite-dialog [role=status]"));
    }

    [Fact]
    public void The_head_has_citation_tags_canonical_open_graph_and_a_news_article_in_json_ld()
    {
        var page = Page;
        string? Meta(string selector) => page.QuerySelector($"meta[{selector}]")?.GetAttribute("content");
        const string url = "https://example.github.io/report-2021-06-29-politburo/";
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(RepoPaths.Expected.Title, Meta("name=citation_title"));
        Assert.Equal("2021/06/30", Meta("name=citation_publication_date"));
        Assert.Equal("Korean Central News Agency (KCNA)", Meta("name=citation_publisher"));
        Assert.Equal(url, Meta("name=citation_public_url"));
        Assert.Equal("article", Meta("property='og:type'"));
        Assert.Equal(url, Meta("property='og:url'"));

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var article = json.RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal(url, article.GetProperty("url").GetString());
        Assert.Equal("2021-06-30", article.GetProperty("datePublished").GetString());
        var original = article.GetProperty("isBasedOn");
        Assert.Equal(RepoPaths.Expected.Title, original.GetProperty("headline").GetString());
        Assert.Equal("Korean Central News Agency (KCNA)", original.GetProperty("publisher").GetProperty("name").GetString());
        Assert.DoesNotContain("<", script.InnerHtml);
    }

    [Fact]
    public void Other_pages_have_no_reading_metadata()
    {
        var home = Html.Load(fixture.Page("index.html"));
        Assert.Empty(home.QuerySelectorAll("meta[name^='citation_'], script[type='application/ld+json']"));
    }
}

public class JsonLdEscapingTests
{
    [Fact]
    public void A_title_with_markup_cannot_break_out_of_the_json_ld_script()
    {
        using var site = new TempSite();
        var metadata = Path.Combine(site.ReadingDir(), "reading.yml");
        File.WriteAllText(metadata, "title: \"</script><script>alert(1)</script> & 'q'\"\n" + File.ReadAllText(metadata));
        Assert.True(Lectern.Pipeline.BuildPipeline.Run(site.Options()).Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, RepoPaths.SeedSlug, "index.html"));
        var script = Html.Parse(html).QuerySelector("script[type='application/ld+json']")!;
        Assert.DoesNotContain("<", script.InnerHtml);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("</script><script>alert(1)</script> & 'q'", json.RootElement.GetProperty("headline").GetString());
        Assert.Single(Html.Parse(html).QuerySelectorAll("script:not([src])"));
    }
}
