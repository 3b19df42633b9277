using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>mutool cuts a justified line with wide gaps into pieces, each but the last ending in a space.</summary>
public class LinePiecesTests
{
    private static (List<SourceLine> Lines, List<CleanupDecision> Decisions) Join(params string[] raw)
    {
        var decisions = new List<CleanupDecision>();
        var lines = LinePieces.Join(InputNormalizer.ToLines(string.Join("\n", raw), decisions), decisions);
        return (lines, decisions);
    }

    private static readonly string[] Full =
    [
        "The meeting opened at noon and lasted long into the",
        "night, when the delegates of the provinces spoke of",
        "the tasks set at the congress and of the harvest in",
    ];

    [Fact]
    public void Pieces_of_one_printed_line_are_joined_with_the_first_and_last_pieces_line_numbers()
    {
        var (lines, decisions) = Join([.. Full, "He ", "analyzed ", "in ", "the", .. Full]);
        Assert.Equal(Full.Length * 2 + 1, lines.Count);
        var joined = lines[Full.Length];
        Assert.Equal("He analyzed in the", joined.Text.ToString());
        Assert.Equal((4, 7), (joined.FirstNumber, joined.Number));
        var decision = Assert.Single(decisions, d => d.Kind == CleanupKind.LinePiecesJoined);
        Assert.Equal(4, decision.Line);
        Assert.Contains("lines 4-7", decision.Evidence);
    }

    [Fact]
    public void Lines_ending_in_a_space_that_together_are_wider_than_a_line_stay_apart()
    {
        var (lines, decisions) = Join([.. Full, "the tasks set at the congress and of the harvest in ", "The meeting opened at noon and lasted long into the", .. Full]);
        Assert.Equal(Full.Length * 2 + 2, lines.Count);
        Assert.DoesNotContain(decisions, d => d.Kind == CleanupKind.LinePiecesJoined);
    }

    [Fact]
    public void A_piece_before_a_blank_line_or_a_page_break_is_not_joined()
    {
        var (lines, _) = Join([.. Full, "He ", "", "analyzed in the", .. Full]);
        Assert.Contains(lines, l => l.Text.SequenceEqual("He"));
        (lines, _) = Join([.. Full, "He ", "\fanalyzed in the", .. Full]);
        Assert.Contains(lines, l => l.Text.SequenceEqual("He"));
    }

    [Fact]
    public void When_many_lines_end_in_a_space_the_space_says_nothing()
    {
        var (lines, decisions) = Join("He ", "analyzed ", "in ", "the", "night ", "and", "day");
        Assert.Equal(7, lines.Count);
        Assert.Empty(decisions);
    }

    [Fact]
    public void A_sentence_end_inside_a_cut_line_does_not_end_the_paragraph()
    {
        // Paragraphs end in a short line and nothing else marks them. The piece "struggle. " would look like
        // such a last line before "The", a new paragraph.
        var paragraph = string.Join("\n", [.. Full, "the fields."]);
        var cut = string.Join("\n", "In the hall they spoke of the struggle. ", "The", "meeting went on till the end of the night and the day", "after it.");
        var result = TextCleaner.Clean(string.Join("\n", paragraph, paragraph, cut, paragraph, paragraph + " -0-"));
        Assert.Null(result.FidelityError);
        Assert.Equal(5, result.Text.Paragraphs.Count);
        Assert.StartsWith("In the hall they spoke of the struggle. The meeting went on", result.Text.Paragraphs[2]);
    }
}
