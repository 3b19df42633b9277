using System.Buffers;
using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Finds the parts of a news agency report: the title (the lines before the dateline, possibly several
/// and hyphenated), the dateline (<c>Pyongyang, June 30 (KCNA) --</c> and similar agency datelines, even
/// broken over two lines) and the KCNA end mark <c>-0-</c> closing the text.
/// </summary>
public static partial class StructureFinder
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

    /// <summary>
    /// Matches <c>Pyongyang, June 30 (KCNA) --</c> (or <c>SEOUL, 30 June 2021 (Yonhap) —</c>) at the start of a text;
    /// also <c>(KCNA) -The</c>, where an extractor took a line-end <c>--</c> for a hyphen, dropped one dash and
    /// joined the next line (group <c>glued</c>).
    /// </summary>
    [GeneratedRegex(@"^(?<dateline>\p{Lu}[\p{L} .'-]{0,40}, (?:(?:" + Month + @") \d{1,2}|\d{1,2} (?:" + Month + @"))(?:,? \d{4})? \([\p{L}][\p{L}\p{N} .&-]{0,30}\))(?:\s*(?:--|\u2014|\u2013)\s*|\s+(?<glued>-)(?=\p{L}))", RegexOptions.IgnoreCase)]
    public static partial Regex Dateline();

    /// <summary>The KCNA end mark at the very end of the text.</summary>
    [GeneratedRegex(@"(?:^|\s)-0-$")]
    public static partial Regex EndMark();

    private const int TitleSearchLines = 12;
    private const int DatelineLines = 4;

    /// <summary>The index (into <paramref name="lines"/>) of the line where the dateline starts, if one is near the top.</summary>
    public static int? FindDatelineLine(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        Span<int> parts = stackalloc int[DatelineLines];
        for (var i = 0; i < lines.Count && seen < TitleSearchLines; i++)
        {
            if (lines[i].IsBlank) continue;
            seen++;
            // Justified spacing can make an extractor break the dateline into a line per word or two.
            var (count, length) = (1, lines[i].Words.Length);
            for (var from = i + 1; count < DatelineLines && NextText(lines, from) is { } next; from = next.Index + 1)
            {
                parts[count++] = next.Index;
                length += 1 + next.Line.Words.Length;
            }
            parts[0] = i;
            // The lines are joined in a pooled buffer, not in a new string per line.
            var chars = ArrayPool<char>.Shared.Rent(length);
            try
            {
                var text = Join(lines, parts[..count], chars.AsSpan(0, length));
                // The place and its comma must be on this line, or a title line would take the place's name.
                if (Dateline().IsMatch(text) && text.IndexOf(", ", StringComparison.Ordinal) < lines[i].Words.Length)
                    return i;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        return null;
    }

    private static ReadOnlySpan<char> Join(IReadOnlyList<SourceLine> lines, ReadOnlySpan<int> indexes, Span<char> into)
    {
        var at = 0;
        for (var k = 0; k < indexes.Length; k++)
        {
            if (k > 0) into[at++] = ' ';
            lines[indexes[k]].Words.CopyTo(into[at..]);
            at += lines[indexes[k]].Words.Length;
        }
        return into;
    }

    /// <summary>Splits the dateline off the front of the first paragraph; <c>Glued</c> when its dash was glued to the body.</summary>
    public static (string Dateline, string Body, bool Glued)? SplitDateline(string paragraph) =>
        Dateline().Match(paragraph) is { Success: true } m
            ? (m.Groups["dateline"].Value, paragraph[m.Length..], m.Groups["glued"].Success)
            : null;

    /// <summary>
    /// The decision for a dateline dash glued to the body's first word (<c>-The</c>): the extractor dropped one
    /// dash of <c>--</c> at a line end; the dash goes back so the fidelity check sees the source's words.
    /// </summary>
    public static CleanupDecision? GluedDashDecision(IReadOnlyList<SourceLine> lines, string body)
    {
        var glued = "-" + TextShape.FirstWord(body);
        foreach (var line in lines)
        {
            var words = line.Words;
            var at = words.IndexOf(glued, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && words[at - 1] != ' ')) continue;
            return new CleanupDecision(CleanupKind.HyphenRestored, line.Number, $"{glued} -> -- {glued[1..]}",
                "the dateline's dash '--' ended a line and the extractor joined the next line, dropping one dash as if it were a hyphen") { Column = line.Column };
        }
        return null;
    }

    /// <summary>Splits a closing <c>-0-</c> off the last paragraph.</summary>
    public static string? WithoutEndMark(string paragraph) =>
        EndMark().Match(paragraph) is { Success: true } m ? paragraph[..m.Index].TrimEnd() : null;

    /// <summary>A first page's running header above the title: the title itself, or the title cut short with an ellipsis.</summary>
    public static bool RepeatsTitle(string header, string title)
    {
        if (header == title) return LooksLikeTitle(title, 2);
        var cut = header.EndsWith("...", StringComparison.Ordinal) ? header[..^3] : header.EndsWith('\u2026') ? header[..^1] : null;
        return cut is { Length: >= 8 } && title.StartsWith(cut.TrimEnd(), StringComparison.Ordinal) && LooksLikeTitle(title, 2);
    }

    /// <summary>The most characters a title without a dateline may have: longer, it is a paragraph.</summary>
    public const int TitleLength = 200;

    /// <summary>A first paragraph that reads as a heading: short, no closing punctuation, with text after it.</summary>
    public static bool LooksLikeTitle(string paragraph, int paragraphCount) =>
        paragraphCount > 1 && paragraph.Length <= TitleLength && !TextShape.EndsSentence(paragraph);

    private static (SourceLine Line, int Index)? NextText(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (!lines[i].IsBlank) return (lines[i], i);
        return null;
    }

    public static CleanupDecision TitleDecision(int line, string title, int lineCount, string why) =>
        new(CleanupKind.TitleFound, line, title, $"{lineCount} line(s) {why}");
}
