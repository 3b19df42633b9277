using Lectern.Stages.Enrich;

namespace Lectern.Tests.Enrich;

public class TextQuoteTests
{
    private static readonly TextQuote Quotes = new(["an elite force, an elite  force", "no match here", "elite force"]);

    [Fact]
    public void Every_occurrence_is_found_with_its_range_in_the_original_text()
    {
        var matches = Quotes.FindAll("elite force");
        Assert.Equal([new QuoteMatch(0, 3, 14), new QuoteMatch(0, 19, 31), new QuoteMatch(2, 0, 11)], matches);
    }

    [Fact]
    public void Prefix_and_suffix_must_touch_the_quote_apart_from_whitespace()
    {
        Assert.Equal([new QuoteMatch(0, 3, 14)], Quotes.FindAll("elite force", suffix: ","));
        Assert.Equal([new QuoteMatch(0, 19, 31)], Quotes.FindAll("elite force", prefix: ", an"));
        Assert.Empty(Quotes.FindAll("elite force", prefix: "force"));
    }

    [Fact]
    public void Matching_is_case_sensitive_and_an_empty_quote_matches_nothing()
    {
        Assert.Empty(Quotes.FindAll("Elite force"));
        Assert.Equal([1, 3], Quotes.ParagraphsIgnoringCase("Elite force"));
        Assert.Empty(Quotes.FindAll("  "));
    }
}
