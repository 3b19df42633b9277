using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>
/// What a layout extractor (`pdftotext -layout`) does to a page that the rules undo on the page's own evidence: spaces
/// and line breaks set between a word's soft-hyphen syllables, and a centred title with the next block right below it.
/// </summary>
public class LayoutExtractionTests
{
    private static CleanText Clean(string raw) => Support.FaithfulClean.Of(raw);

    [Fact]
    public void Spaces_beside_a_soft_hyphen_inside_a_word_are_the_extractors()
    {
        var decisions = new List<CleanupDecision>();
        var lines = InputNormalizer.ToLines("the co\u00ADop\u00ADer\u00ADat\u00AD ion of sit\u00ADua     \u00AD t\u00AD ions here", decisions);
        Assert.Equal("the cooperation of situations here", lines.Single().Text.ToString());
        Assert.Contains(decisions, d => d.Kind == CleanupKind.CharacterNormalized && d.Text.StartsWith("spaces beside a soft hyphen"));
    }

    [Fact]
    public void A_soft_hyphen_between_words_or_after_a_space_alone_joins_nothing()
    {
        // No letter on one side: the space is a word boundary, whatever the soft hyphen beside it.
        var lines = InputNormalizer.ToLines("end. \u00AD next\nwords \u00AD", []);
        Assert.Equal(["end. next", "words"], lines.Select(l => l.Words.ToString()));
    }

    [Fact]
    public void A_line_starting_with_a_soft_hyphen_where_the_line_above_stops_is_the_rest_of_that_line()
    {
        var decisions = new List<CleanupDecision>();
        var lines = InputNormalizer.ToLines(string.Join("\n",
            "      with regard to that dispute or sit\u00ADua",
            "                                            \u00AD t\u00AD ion unless the Council so requests.",
            "Next line."), decisions);
        Assert.Equal(["with regard to that dispute or situation unless the Council so requests.", "Next line."],
            lines.Select(l => l.Text.ToString()));
        Assert.Equal((1, 2), (lines[0].FirstNumber, lines[0].Number));
        Assert.Contains(decisions, d => d.Kind == CleanupKind.LinePiecesJoined && d.Line == 1);
    }

    [Fact]
    public void A_line_starting_with_a_soft_hyphen_left_of_where_the_line_above_stops_stays_a_line()
    {
        // Set further left than the text above it ends, the line is a printed line of its own (its soft hyphen is dropped).
        var lines = InputNormalizer.ToLines("with regard to that dispute or situa\n  \u00ADtion unless requested.", []);
        Assert.Equal(["with regard to that dispute or situa", "tion unless requested."], lines.Select(l => l.Text.ToString()));
    }

    [Fact]
    public void A_line_below_a_centred_title_that_leaves_its_alignment_is_the_next_block()
    {
        var result = TextCleaner.Clean(string.Join("\n",
            "                           Charter of the Organization",
            "CHAPTER IV",
            "",
            "The Assembly",
            "Article 9",
            "1. The Assembly shall consist of all the Members of the Organization.",
            "2. Each Member shall have not more than five representatives in the Assembly."));
        Assert.Null(result.FidelityError);
        Assert.Equal("Charter of the Organization", result.Text.Title);
        Assert.StartsWith("CHAPTER IV", result.Text.Blocks[0].Text);
        Assert.Contains(result.Text.Report.OfKind(CleanupKind.ParagraphBreak), d => d.Line == 2 && d.Evidence == TitleSetApart.AlignmentReason);
    }

    [Fact]
    public void A_centred_title_of_two_lines_stays_one_title()
    {
        var clean = Clean(string.Join("\n",
            "              Report on the Second Enlarged Meeting of the Bureau",
            "                        of the Eighth Central Committee",
            "",
            "The meeting opened at noon in the hall, and it went on for a long time.",
            "It closed in the evening after the last speech of the day had ended."));
        Assert.Equal("Report on the Second Enlarged Meeting of the Bureau of the Eighth Central Committee", clean.Title);
    }
}
