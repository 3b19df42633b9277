using Lectern.Documents;

namespace Lectern.Tests.Documents;

public class ReadingTests
{
    private static Reading Enriched() => new()
    {
        Slug = "r",
        SourcePath = "s",
        SourceText = "One.\n\nTwo.\n\nThree.",
        MetadataPath = "m",
        Metadata = new ReadingMetadata
        {
            Title = "Report",
            Date = "2021-06-30",
            Summary = "A meeting.",
            Source = new OriginalSource { Publisher = "KCNA", Url = "https://example.org/r" },
            Outline = [new OutlineSection { Title = "S", Start = "2" }],
            Notes = [new NoteSpec { Quote = "One", Text = "Note." }],
            ParagraphBreaks = new ParagraphBreakEdits { Add = ["3"] },
        },
        Clean = new CleanText("T", "Pyongyang, June 30", ["One.", "Two.", "Three."], "-0-", CleanupReport.Empty),
        BodyHtml = "<p>One.</p><p>Two.</p><p>Three.</p>",
        Enrichment = new EnrichResult(
            [new SectionInfo("s", "S", 2)],
            [new TermOccurrence("wpk", 2)],
            [new RenderedNote("n", 1, 1, "One", "<p>Note.</p>")]),
    };

    [Fact]
    public void A_published_reading_lets_go_of_what_only_its_own_pages_show()
    {
        var published = Enriched().Published();

        Assert.Equal("", published.SourceText);
        Assert.Null(published.BodyHtml);
        Assert.Empty(published.Clean!.Paragraphs);
        Assert.Empty(published.Enrichment.Notes);
        Assert.Empty(published.Metadata.Notes);
        Assert.Empty(published.Metadata.Outline);
        Assert.Null(published.Metadata.ParagraphBreaks);
    }

    [Fact]
    public void A_published_reading_keeps_what_the_site_wide_pages_show()
    {
        var reading = Enriched();
        var published = reading.Published();

        Assert.Equal(3, reading.ParagraphCount);
        Assert.Equal(3, published.ParagraphCount);
        Assert.Equal(3, published.Published().ParagraphCount);
        Assert.Equal("Report", published.Title);
        Assert.Equal(("2021-06-30", "A meeting.", reading.Metadata.Source), (published.Metadata.Date, published.Metadata.Summary, published.Metadata.Source));
        Assert.Equal(reading.Enrichment.Terms, published.Enrichment.Terms);
        Assert.Equal(reading.Enrichment.Sections, published.Enrichment.Sections);
    }
}
