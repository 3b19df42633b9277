namespace Lectern.Stages.Clean;

/// <summary>
/// A title set apart: the text's first lines, ended by a blank line, that read as a heading (short, without
/// closing punctuation). Where blank lines mark no paragraphs (a text whose paragraphs have none), the splitter
/// only ends a block after a sentence or a line the next word would have fitted on; a title ends no sentence, and
/// one set across two columns is wider than the body's measure, so it would run into the first paragraph. The
/// blank line below it is the layout's own sign that it ends there.
/// </summary>
public static class TitleSetApart
{
    public const string Reason = "a blank line sets the text's first lines apart, and they read as a title (short, no closing punctuation)";

    /// <summary>The number of the source line that follows the text's first block, when that block reads as a title and a paragraph can start there.</summary>
    public static (int Line, string Reason)? LineAfter(IReadOnlyList<SourceLine> lines)
    {
        if (FirstBlock(lines) is not var (start, end) || end == start || TextShape.EndsSentence(lines[end - 1].Words)) return null;
        if (end < lines.Count && !lines[end].IsBlank)
            return TextShape.CanStartParagraph(lines[end].Words) ? (lines[end].FirstNumber, AlignmentReason) : null;
        var i = SkipBlank(lines, end);
        // Where the lines below stand between blank lines one by one too, a blank line is line spacing, not a title's margin.
        var textFollows = i + 1 < lines.Count && !lines[i + 1].IsBlank;
        return textFollows && TextShape.CanStartParagraph(lines[i].Words) ? (lines[i].FirstNumber, Reason) : null;
    }

    public const string ContinuedReason = "the text's first lines, ended by a blank line with text below it, read as one title (short, no closing punctuation): a title set in a larger size wraps short of the body's measure";

    /// <summary>
    /// The number of the first source line after the text's first block, when that block has several lines, reads as a
    /// title, and a blank line ends it with text below; its lines are one title however short each is. Null otherwise.
    /// </summary>
    public static (int Line, string Reason)? EndOfLines(IReadOnlyList<SourceLine> lines)
    {
        if (FirstBlock(lines) is not var (start, end) || end - start < 2 || end == lines.Count) return null;
        for (var t = start; t < end; t++)
            if (TextShape.EndsSentence(lines[t].Words)) return null;
        return SkipBlank(lines, end) < lines.Count ? (lines[end].Number, ContinuedReason) : null;
    }

    public const string AlignmentReason = "the text's first line is centred, and this line is not: it shares neither the title's left edge nor its centre";

    /// <summary>
    /// Where the text's first lines up to a blank line start and end (exclusive), when they are no longer than a title
    /// may be. A centred first line ends the block at a line that shares neither its left edge nor its centre: a title
    /// of several lines keeps its alignment, and the line below it without a blank line between is the text's next block.
    /// </summary>
    private static (int Start, int End)? FirstBlock(IReadOnlyList<SourceLine> lines)
    {
        var i = SkipBlank(lines, 0);
        var (start, length) = (i, 0);
        for (; i < lines.Count && !lines[i].IsBlank; i++)
        {
            if (i > start && LeavesCentredLine(lines[start], lines[i])) break;
            length += lines[i].Words.Length + 1;
            if (length > StructureFinder.TitleLength) return null;
        }
        return (start, i);
    }

    /// <summary>The layout's block starts with the line after the title added; a reason the layout gives for that line stays.</summary>
    public static IReadOnlyDictionary<int, string> WithStart(IReadOnlyDictionary<int, string>? layoutStarts, (int Line, string Reason) afterTitle)
    {
        var starts = layoutStarts is null ? new Dictionary<int, string>(1) : new Dictionary<int, string>(layoutStarts);
        starts.TryAdd(afterTitle.Line, afterTitle.Reason);
        return starts;
    }

    /// <summary>
    /// Whether <paramref name="line"/> leaves the alignment of a centred <paramref name="first"/>: the first line is set in
    /// from the margin, and this one starts well left of it with its centre elsewhere (in characters of the layout
    /// extraction; a text without indents never has it).
    /// </summary>
    private static bool LeavesCentredLine(SourceLine first, SourceLine line)
    {
        if (first.Indent < 4 || line.Indent * 2 > first.Indent) return false;
        var firstCentre = first.Indent * 2 + first.Text.Length;
        var lineCentre = line.Indent * 2 + line.Text.Length;
        return Math.Abs(firstCentre - lineCentre) > Math.Max(8, first.Text.Length / 2);
    }

    private static int SkipBlank(IReadOnlyList<SourceLine> lines, int from)
    {
        while (from < lines.Count && lines[from].IsBlank) from++;
        return from;
    }
}
