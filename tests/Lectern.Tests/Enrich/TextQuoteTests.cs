using Lectern.Stages.Enrich;

namespace Lectern.Tests.Enrich;

public class TextQuoteTests
{
    private static readonly string[] Paragraphs = ["an elite force, an elite  force", "no match here", "elite force"];

    [Fact]
    public void Every_occurrence_is_found_with_its_range_in_the_original_text()
    {
        var matches = TextQuote.FindAll(Paragraphs, "elite force");
        Assert.Equal([new QuoteMatch(0, 3, 14), new QuoteMatch(0, 19, 31), new QuoteMatch(2, 0, 11)], matches);
    }

    [Fact]
    public void Prefix_and_suffix_must_touch_the_quote_apart_from_whitespace()
    {
        Assert.Equal([new QuoteMatch(0, 3, 14)], TextQuote.FindAll(Paragraphs, "elite force", suffix: ","));
        Assert.Equal([new QuoteMatch(0, 19, 31)], TextQuote.FindAll(Paragraphs, "elite force", prefix: ", an"));
        Assert.Empty(TextQuote.FindAll(Paragraphs, "elite force", prefix: "force"));
    }

    [Fact]
    public void Matching_is_case_sensitive_and_an_empty_quote_matches_nothing()
    {
        Assert.Empty(TextQuote.FindAll(Paragraphs, "Elite force"));
        Assert.Equal([1, 3], TextQuote.ParagraphsIgnoringCase(Paragraphs, "Elite force"));
        Assert.Empty(TextQuote.FindAll(Paragraphs, "  "));
    }
}
