using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

public class ParagraphSplitterTests
{
    private static List<string> Split(params string[] lines)
    {
        var source = lines.Select((l, i) => new SourceLine(i + 1, l.TrimStart(), l.Length - l.TrimStart().Length)).ToArray();
        return ParagraphSplitter.Split(source, blankLinesSeparate: true).Select(p => string.Join(" ", p.Select(l => l.Text.ToString()))).ToList();
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

    // A text whose extractor dropped the first-line indent: first lines hold 11 four-letter words, lines
    // in mid-paragraph 12. With a sentence ending inside a line (MiddleLine), sentence ends inside lines
    // outnumber the clear paragraph ends, and a full line ending a sentence does not end a paragraph by
    // default; without (PlainMiddleLine), it does.
    private const string FirstLine = "Abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd";
    private const string MiddleLine = "abcd abcd abcd abcd abcd. Abcd abcd abcd abcd abcd abcd abcd";
    private const string PlainMiddleLine = "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd";
    private const string LastLine = "abcd abcd abcd.";

    private static List<string> WithHiddenIndent(string middle, params string[] tail)
    {
        var lines = new List<string>();
        // Justified lines vary in width once their spacing is gone: one middle line in each paragraph is wider.
        for (var p = 0; p < 9; p++) lines.AddRange([FirstLine, middle, middle.Replace("abcd abcd abcd", "abcd abcde abcd"), LastLine]);
        lines.AddRange(tail);
        return Split([.. lines]);
    }

    [Fact]
    public void A_full_line_ending_a_sentence_before_a_line_as_wide_as_mid_paragraph_lines_continues()
    {
        var wide = "Abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd";
        var paragraphs = WithHiddenIndent(PlainMiddleLine, FirstLine, "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd.", wide, LastLine);
        Assert.Equal(10, paragraphs.Count);
        Assert.Contains(wide, paragraphs[^1]);
    }

    [Fact]
    public void A_line_a_little_wider_than_the_widest_full_line_is_still_one_line_as_wide_as_mid_paragraph_lines()
    {
        // The width estimate errs: the next line looks 5% wider than any full line. It does not end a sentence, so
        // it is not a joined line with a short last line (that would end its paragraph): one printed line, too
        // wide for a first line, and the paragraph goes on.
        var wider = "Abcde abcde abcde abcde abcde abcde abcd abcd abcd abcd abcd abcd";
        var paragraphs = WithHiddenIndent(PlainMiddleLine, FirstLine, "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd.", wider, LastLine);
        Assert.Equal(10, paragraphs.Count);
        Assert.Contains(wider, paragraphs[^1]);
    }

    [Fact]
    public void A_full_line_ending_a_sentence_before_a_line_as_narrow_as_first_lines_ends_the_paragraph()
    {
        var paragraphs = WithHiddenIndent(MiddleLine, FirstLine, "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd.", FirstLine, MiddleLine, LastLine);
        Assert.Equal(11, paragraphs.Count);
        Assert.StartsWith(FirstLine, paragraphs[^1]);
    }

    [Fact]
    public void Without_a_hidden_indent_line_widths_decide_nothing()
    {
        // Here first lines are as wide as the rest: the trap is to read a narrower line as a first line. The
        // sentence ends inside lines outnumber clear paragraph ends, so the full line's sentence end goes on.
        var lines = new List<string>();
        for (var p = 0; p < 9; p++) lines.AddRange([MiddleLine.Replace("abcd abcd abcd abcd abcd.", "Abcd abcd abcd abcd abcd,"), MiddleLine, MiddleLine, LastLine]);
        lines.AddRange([MiddleLine, "abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd.", FirstLine, LastLine]);
        var paragraphs = Split([.. lines]);
        Assert.Equal(9, paragraphs.Count);
        Assert.EndsWith(FirstLine + " " + LastLine, paragraphs[^1]);
    }

    [Fact]
    public void A_line_a_little_wider_than_a_full_line_is_printed_lines_joined_and_its_last_line_decides()
    {
        // pdftotext joins a line ending in a hyphen to the next: a full line and a two-word tail make a line
        // 17% wider than the others. The tail is short, so the next word would have fitted after it.
        var first = "Abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd abcd";
        var lines = new List<string>();
        for (var p = 0; p < 9; p++) lines.AddRange([first, MiddleLine, LastLine]);
        lines.AddRange([first, MiddleLine + " abcd abcd.", first, LastLine]);
        var paragraphs = Split([.. lines]);
        Assert.Equal(11, paragraphs.Count);
        Assert.Equal(first + " " + LastLine, paragraphs[^1]);
    }

    [Fact]
    public void Lines_that_end_early_for_a_reason_of_their_own_do_not_lower_what_fits_on_a_line()
    {
        // Six headings, each followed by a capitalised line, look like lines that wrapped though the next word
        // would have fitted: an eighth of the wrapped lines. The measure is that of the many other lines, so
        // a 58-character last line of a paragraph, before a paragraph starting 'Pi', still ends it.
        var lines = new List<string>();
        string[] parts = ["one", "two", "three", "four", "five", "six"];
        for (var p = 0; p < parts.Length; p++)
        {
            lines.Add($"Rules of the organization and its members part {parts[p]}");
            lines.AddRange(WrappedAt72(Sentences(p, 8)));
            if (p == 1) lines.AddRange(WrappedAt72(Sentences(15, 6)));
        }
        var shortLast = WrappedAt72(Sentences(1, 8))[^1];
        Assert.Equal(58, shortLast.Length);

        var paragraphs = Split([.. lines]);

        Assert.Contains(paragraphs, p => p.EndsWith(shortLast, StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Pi gamma kappa", StringComparison.Ordinal));
        Assert.Contains("Rules of the organization and its members part four", paragraphs);
    }

    private static readonly string[] Greek = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon".Split(' ');

    /// <summary><paramref name="count"/> sentences of 9 to 13 words, the same every time for a <paramref name="seed"/>.</summary>
    private static string Sentences(int seed, int count)
    {
        var sentences = new List<string>();
        for (var (s, k) = (0, seed); s < count; s++, k += 3)
        {
            var words = string.Join(" ", Enumerable.Range(0, 9 + k % 5).Select(j => Greek[(k + j * 7) % Greek.Length]));
            sentences.Add(char.ToUpperInvariant(words[0]) + words[1..] + ".");
        }
        return string.Join(" ", sentences);
    }

    /// <summary>The text set ragged as a typesetter does: each line takes every word that fits in 72 characters.</summary>
    private static List<string> WrappedAt72(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 72)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length > 0 ? line + " " + word : word;
        }
        lines.Add(line);
        return lines;
    }
}
