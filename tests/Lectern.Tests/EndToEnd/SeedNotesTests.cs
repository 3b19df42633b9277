using System.Text.Json;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>The seed reading's notes, as built: anchored, linked both ways, and published as Web Annotations.</summary>
public class SeedNotesTests(SeedSiteFixture fixture) : IClassFixture<SeedSiteFixture>
{
    private AngleSharp.Dom.IDocument Page => Html.Load(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "index.html")));

    [Fact]
    public void The_seed_reading_has_at_least_ten_notes_each_pointing_at_an_existing_body()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        var page = Page;
        var quotes = page.QuerySelectorAll("[data-note]").ToList();
        var ids = quotes.Select(q => q.GetAttribute("data-note")!).Distinct().ToList();
        Assert.True(ids.Count >= 10, $"only {ids.Count} notes are anchored");
        foreach (var quote in quotes)
        {
            var id = quote.GetAttribute("data-note")!;
            var body = page.GetElementById(id);
            Assert.NotNull(body);
            Assert.Equal("li", body!.LocalName);
            Assert.NotNull(quote.Closest("[id^='p-']"));
            Assert.Null(quote.Closest("[data-ui]"));
            Assert.False(string.IsNullOrWhiteSpace(body.QuerySelector(".note-content")!.TextContent));
            Assert.NotNull(body.QuerySelector(".note-sources a[href^='http']"));
        }
    }

    [Fact]
    public void Markers_and_endnotes_link_to_each_other_and_are_numbered_in_reading_order()
    {
        var page = Page;
        var markers = page.QuerySelectorAll(".reading-body .note-marker a").ToList();
        Assert.Equal(Enumerable.Range(1, markers.Count).Select(n => n.ToString()), markers.Select(m => m.TextContent));
        foreach (var marker in markers)
        {
            Assert.True(marker.HasAttribute("data-ui"));
            Assert.True(marker.ParentElement!.HasAttribute("data-ui"));
            var id = marker.GetAttribute("href")![1..];
            var back = page.GetElementById(id)!.QuerySelector(".note-back")!;
            Assert.Equal("#" + marker.Id, back.GetAttribute("href"));
            Assert.Equal(marker.TextContent, page.GetElementById(id)!.GetAttribute("value"));
        }
    }

    [Fact]
    public void The_notes_are_published_as_a_web_annotation_collection()
    {
        var page = Page;
        var link = page.QuerySelector(".notes-data a[type='application/ld+json']")!;
        Assert.Equal("/" + RepoPaths.SeedSlug + "/notes.jsonld", link.GetAttribute("href"));

        using var json = JsonDocument.Parse(File.ReadAllText(fixture.Page(Path.Combine(RepoPaths.SeedSlug, "notes.jsonld"))));
        var root = json.RootElement;
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.QuerySelectorAll(".notes-list > li").Length, items.Count);
        Assert.Equal(items.Count, root.GetProperty("total").GetInt32());

        var paragraphs = RepoPaths.Expected.Paragraphs;
        foreach (var item in items)
        {
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            var body = item.GetProperty("body");
            Assert.Equal("TextualBody", body.GetProperty("type").GetString());
            Assert.Equal("text/html", body.GetProperty("format").GetString());
            Assert.Contains("<a href=\"http", body.GetProperty("value").GetString());
            var target = item.GetProperty("target");
            Assert.EndsWith("/" + RepoPaths.SeedSlug + "/", target.GetProperty("source").GetString());
            var selector = target.GetProperty("selector");
            Assert.Equal("TextQuoteSelector", selector.GetProperty("type").GetString());
            var quoted = selector.GetProperty("prefix").GetString() + selector.GetProperty("exact").GetString() + selector.GetProperty("suffix").GetString();
            Assert.Single(paragraphs, p => p.Contains(quoted, StringComparison.Ordinal));
            Assert.NotNull(page.GetElementById(item.GetProperty("id").GetString()!.Split('#')[1]));
        }
    }
}
