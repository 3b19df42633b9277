using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>Extractions that put a blank line after every line, with and without a longer run between paragraphs.</summary>
public class BlankLineLayoutTests
{
    // Three paragraphs whose last lines are full: nothing but the spacing shows where one ends.
    private static readonly string[][] Paragraphs =
    [
        ["The members of the organization shall meet in regular sessions every", "year, and in special sessions as occasion may require, at the seat of", "the organization or at any other place the members decide upon today."],
        ["Each member shall have one vote in the sessions of the organization,", "and decisions on important questions shall be made by a majority of", "two thirds of the members present and voting in the session at hand."],
        ["The secretariat shall keep the records of every session and send them", "to the members within a month of its close, together with the reports", "of the committees and the budget that the session approved at its end."],
    ];

    /// <summary>Every line followed by one blank line, and <paramref name="gap"/> blank lines between paragraphs.</summary>
    private static string DoubleSpaced(int gap) =>
        string.Join(new string('\n', gap + 1), Paragraphs.Select(p => string.Join("\n\n", p))) + "\n";

    [Fact]
    public void A_longer_run_of_blank_lines_than_the_one_after_every_line_separates_paragraphs()
    {
        var lines = InputNormalizer.ToLines(DoubleSpaced(2), []);
        var decisions = new List<CleanupDecision>();

        var (kept, blankLinesSeparate) = BlankLineLayout.Apply(lines, decisions);

        Assert.True(blankLinesSeparate);
        Assert.Equal([false, false, false, true, false, false, false, true, false, false, false], kept.Select(l => l.IsBlank));
        Assert.Contains("a longer run of blank lines does, and comes before 2 lines", Assert.Single(decisions).Evidence);
        Assert.Equal(Paragraphs.Select(p => string.Join(" ", p)), TextCleaner.Clean(DoubleSpaced(2)).Text.Paragraphs);
    }

    [Fact]
    public void Where_one_blank_line_follows_every_line_and_no_run_is_longer_blank_lines_say_nothing()
    {
        var decisions = new List<CleanupDecision>();

        var (kept, blankLinesSeparate) = BlankLineLayout.Apply(InputNormalizer.ToLines(DoubleSpaced(1), []), decisions);

        Assert.False(blankLinesSeparate);
        Assert.Equal(9, kept.Count);
        Assert.DoesNotContain(kept, l => l.IsBlank);
        Assert.Equal("a blank line follows almost every line, so blank lines do not separate paragraphs", Assert.Single(decisions).Evidence);
    }
}
