using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// A soft hyphen (U+00AD) only ever stands inside a word: it marks where the word may break. Some typesetters
/// (Chromium) write each syllable between soft hyphens as a text run of its own, and a layout extractor, which
/// places runs by their position, then leaves spaces between a word's syllables ("coop\u00ADer\u00ADat\u00AD ion",
/// "situa   \u00AD t\u00AD ions") or starts a new line of text with the rest of the printed line, set at the column
/// where that line's text stopped ("situa" / "      \u00AD t\u00AD ion unless ..."). The soft hyphen is the evidence
/// that the word goes on: the spaces beside it are the extractor's, and such a line is the rest of the line above.
/// </summary>
public static partial class SoftHyphenRuns
{
    // Between two letters, spaces next to soft hyphens: before one (any run: the extractor placed the next syllable by
    // its position) or one space after it. Runs of them ("a\u00AD t\u00AD ion") are one match.
    [GeneratedRegex(@"(?<=\p{L})(?: *\u00AD+ ?)+(?=\p{L})")]
    private static partial Regex Gap();

    /// <summary>The line with the spaces beside soft hyphens inside words taken out, and how many gaps there were.</summary>
    public static (string Line, int Gaps) CloseGaps(string line)
    {
        if (!line.Contains('\u00AD')) return (line, 0);
        var gaps = 0;
        var closed = Gap().Replace(line, m =>
        {
            if (!m.Value.Contains(' ')) return m.Value;
            gaps++;
            return "\u00AD";
        });
        return (closed, gaps);
    }

    /// <summary>
    /// Whether a line whose raw text is <paramref name="raw"/> goes on with the printed line of <paramref name="previous"/>:
    /// it starts with a soft hyphen, the line above ends in a letter (inside the word the soft hyphen continues), and it
    /// is set no further left than where the text of the line above stopped.
    /// </summary>
    public static bool ContinuesLine(SourceLine? previous, ReadOnlySpan<char> raw)
    {
        if (previous is null || previous.IsBlank || previous.Text.IsEmpty || !char.IsLetter(previous.Text[^1])) return false;
        var text = raw.TrimStart(' ');
        if (text.IsEmpty || text[0] != '\u00AD') return false;
        var indent = raw.Length - text.Length;
        return indent >= previous.Indent + previous.Text.Length;
    }

    /// <summary>
    /// <paramref name="previous"/> and the rest of its printed line, <paramref name="rest"/> (normalized, its leading soft
    /// hyphens dropped), as one line numbered <paramref name="number"/> (its end is where a line-end hyphen is).
    /// </summary>
    public static SourceLine Join(SourceLine previous, string rest, int number, bool endsInSpace, List<CleanupDecision> decisions)
    {
        var text = string.Concat(previous.Text, rest.AsSpan().TrimStart(' '));
        decisions.Add(new CleanupDecision(CleanupKind.LinePiecesJoined, previous.FirstNumber, text,
            $"line {number} starts with a soft hyphen, set where the text of line {previous.Number} stops: the rest of that printed " +
            "line, whose word the extractor broke at a syllable"));
        return new SourceLine(number, text, previous.Indent, previous.PageBreakBefore)
            { FirstNumber = previous.FirstNumber, FormFeed = previous.FormFeed, EndsInSpace = endsInSpace };
    }
}
