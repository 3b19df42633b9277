using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

public class ParagraphSplitterTests
{
    private static List<string> Split(params string[] lines)
    {
        var source = lines.Select((l, i) => new SourceLine(i + 1, l.TrimStart(), l.Length - l.TrimStart().Length)).ToList();
        return ParagraphSplitter.Split(source, blankLinesSeparate: true).Select(p => string.Join(" ", p.Select(l => l.Text))).ToList();
    }

    [Fact]
    public void A_sentence_end_whose_next_word_would_have_fitted_ends_the_paragraph()
    {
        var paragraphs = Split(
            "The meeting opened at noon and lasted long into",
            "the night.",
            "Delegates then left the hall through the doors.");
        Assert.Equal(["The meeting opened at noon and lasted long into the night.", "Delegates then left the hall through the doors."], paragraphs);
    }

    [Fact]
    public void A_full_line_ending_a_sentence_continues_the_paragraph()
    {
        var paragraphs = Split(
            "The meeting opened at noon and it lasted all night.",
            "Delegates then left the hall through the doors.");
        Assert.Single(paragraphs);
    }

    [Fact]
    public void A_blank_line_after_a_sentence_separates_paragraphs_when_blank_lines_are_meaningful()
    {
        var paragraphs = Split("One short paragraph that ends here today.", "", "Another paragraph of some length goes here.");
        Assert.Equal(2, paragraphs.Count);
    }
}
