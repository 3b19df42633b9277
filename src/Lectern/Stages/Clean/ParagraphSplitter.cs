using System.Buffers;
using System.Runtime.InteropServices;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Groups body lines into paragraphs with every signal the layout left. A paragraph can only end where
/// a sentence ends and the next line can start one. There it ends when a blank line separates the lines
/// (unless blank lines are mere page gaps or follow every line), when the next line has a first-line
/// indent (if the document indents paragraphs), or when the next line's first word would have fitted on
/// the line, so the typesetter did not wrap it. The width a line may take is learned from the document's
/// wrapped lines: a wrapped line plus its next word is always wider than the measure.
/// </summary>
public static partial class ParagraphSplitter
{
    public static ParagraphLines Split(ReadOnlySpan<SourceLine> lines, bool blankLinesSeparate) =>
        Split(lines, blankLinesSeparate, []);

    /// <param name="layoutStarts">Lines the source's layout sets apart (a PDF's spacing or fonts): a block starts there when the text shows no reason of its own.</param>
    /// <param name="titleEnd">The number of the first line after a title of several lines at the text's top (<see cref="TitleSetApart.EndOfLines"/>, <see cref="TitleInRunningHeader.EndOfLines"/>) and the evidence, if it has one.</param>
    /// <param name="measuredFits">Where the source's layout measured whether a line's next word would have fitted on it: that decides over the text's width estimate.</param>
    public static ParagraphLines Split(ReadOnlySpan<SourceLine> lines, bool blankLinesSeparate, List<CleanupDecision> decisions, ParagraphEdits? edits = null,
        IReadOnlyDictionary<int, string>? layoutStarts = null, (int Line, string Reason)? titleEnd = null, IReadOnlyDictionary<(int Line, int Next), bool>? measuredFits = null)
    {
        var body = Body.Of(lines);
        try
        {
            return Split(body, blankLinesSeparate, decisions, edits, layoutStarts, titleEnd ?? (0, ""), measuredFits);
        }
        finally
        {
            body.ReturnBuffers();
        }
    }

    private static ParagraphLines Split(Body body, bool blankLinesSeparate, List<CleanupDecision> decisions, ParagraphEdits? edits, IReadOnlyDictionary<int, string>? layoutStarts,
        (int Line, string Reason) titleEnd, IReadOnlyDictionary<(int Line, int Next), bool>? measuredFits)
    {
        var paragraphStarts = new List<int>(body.Count / 4 + 1);
        if (body.Count == 0) return new ParagraphLines(body.Lines, paragraphStarts);

        var layout = Layout.Learn(body, blankLinesSeparate, measuredFits);
        paragraphStarts.Add(0);
        var blocks = new BlockStarts(body, layout);
        for (var i = 1; i < body.Count; i++)
        {
            var (prev, next) = (body[i - 1], body[i]);
            var reason = edits is not null && edits.TryGet(next.Line.FirstNumber, out var starts)
                ? EditedReason(starts, next, decisions)
                : next.Line.Number < titleEnd.Line ? TitleContinues(next, titleEnd.Reason, decisions)
                : ParagraphOrBlockReason(blocks.Reason(i, paragraphStarts[^1]), layout, prev, next, i) ?? layoutStarts?.GetValueOrDefault(next.Line.FirstNumber);
            if (reason is not null)
            {
                paragraphStarts.Add(i);
                decisions.Add(new CleanupDecision(CleanupKind.ParagraphBreak, next.Line.FirstNumber, TextShape.FirstWordSpan(next.Line.Words).ToString(),
                    next.Line.PageBreakBefore ? reason + ", at a page break" : reason));
            }
            else if (next.Line.PageBreakBefore)
            {
                decisions.Add(new CleanupDecision(CleanupKind.PageBreakJoined, next.Line.FirstNumber, next.Line.Words.ToString(),
                    $"page break inside a paragraph: line {prev.Line.Number} continues here ({ContinueReason(prev, next)})"));
            }
        }
        return new ParagraphLines(body.Lines, paragraphStarts);
    }

    /// <summary>
    /// Where both a paragraph rule and a block rule start a block here, the paragraph rule's evidence is given (so a
    /// text of paragraphs alone is reported as before); the block rules are asked every time, as they follow numbering.
    /// </summary>
    private static string? ParagraphOrBlockReason(string? blockReason, Layout layout, BodyLine prev, BodyLine next, int i) =>
        BreakReason(layout, prev, next, i) ?? blockReason;

    /// <summary>An editor's correction decides; a paragraph it continues is recorded too, so every correction shows in the report.</summary>
    private static string? EditedReason(bool starts, BodyLine next, List<CleanupDecision> decisions)
    {
        if (starts) return "the editor's correction in reading.yml (paragraphBreaks: add)";
        decisions.Add(new CleanupDecision(CleanupKind.ParagraphContinued, next.Line.FirstNumber, TextShape.FirstWordSpan(next.Line.Words).ToString(),
            "the editor's correction in reading.yml (paragraphBreaks: remove)"));
        return null;
    }

    private static string? TitleContinues(BodyLine next, string reason, List<CleanupDecision> decisions)
    {
        decisions.Add(new CleanupDecision(CleanupKind.TitleLinesJoined, next.Line.FirstNumber, TextShape.FirstWordSpan(next.Line.Words).ToString(), reason));
        return null;
    }

    private static string ContinueReason(BodyLine prev, BodyLine next) =>
        !TextShape.EndsSentence(prev.Line.Text) ? "the sentence goes on"
        : !TextShape.CanStartParagraph(next.Line.Text) ? "the next line starts in lower case"
        : "the line before is full";

    /// <param name="i">The index of <paramref name="next"/> in the body.</param>
    private static string? BreakReason(Layout layout, BodyLine prev, BodyLine next, int i)
    {
        if (!TextShape.EndsSentence(prev.Line.Text) || !TextShape.CanStartParagraph(next.Line.Text)) return null;

        var blank = next.BlankBefore && !next.Line.PageBreakBefore;
        if (layout.BlankLinesSeparate && blank) return "a blank line separates paragraphs";
        var indented = layout.IndentsParagraphs && next.Line.Indent >= layout.BaseIndent + 2;
        if (indented) return "first-line indent";
        if (!layout.IndentsParagraphs && layout.StandingIndent(i)) return $"first-line indent: {layout.StandingIndentEvidence}";

        // The layout's own paragraph mark would have been visible here, and it is absent.
        if (layout.IndentsParagraphs) return null;
        if (layout.BlankLinesSeparate && !next.Line.PageBreakBefore) return null;

        if (layout.NextWordFits(i)) return layout.NextWordEvidence(i);
        if (layout.HiddenIndent(i) is { } firstLine)
            return firstLine ? layout.HiddenIndentEvidence(i) : null;
        return layout.FullLinesEndParagraphs ? layout.FullLineEvidence
            : layout.RoomyFullLine(i) ? layout.RoomyFullLineEvidence(i) : null;
    }

    private readonly record struct BodyLine(SourceLine Line, bool BlankBefore);

    /// <summary>
    /// The body's text lines, each with whether a blank line comes before it (after the first text line) and its
    /// width in glyph widths once a measure has worked it out. Those two live in pooled arrays, returned by
    /// <see cref="ReturnBuffers"/> when the split is done; the lines are the paragraphs' and stay.
    /// </summary>
    private sealed class Body(SourceLine[] lines, bool[] blankBefore, double[] glyphWidths)
    {
        public SourceLine[] Lines => lines;

        public int Count => lines.Length;

        public BodyLine this[int i] => new(lines[i], blankBefore[i]);

        /// <summary>The width of line <paramref name="i"/> in <paramref name="measure"/>.</summary>
        public double Width(LineMeasure measure, int i) => measure.Line(lines[i], ref glyphWidths[i]);

        public void ReturnBuffers()
        {
            ArrayPool<bool>.Shared.Return(blankBefore);
            ArrayPool<double>.Shared.Return(glyphWidths);
        }

        public static Body Of(ReadOnlySpan<SourceLine> lines)
        {
            var count = 0;
            foreach (var line in lines)
                if (!line.IsBlank) count++;
            var (text, blankBefore, glyphWidths) = (new SourceLine[count], ArrayPool<bool>.Shared.Rent(count), ArrayPool<double>.Shared.Rent(count));
            glyphWidths.AsSpan(0, count).Fill(double.NaN);
            var (n, blank) = (0, false);
            foreach (var line in lines)
            {
                if (line.IsBlank) { blank = true; continue; }
                blankBefore[n] = blank && n > 0;
                text[n++] = line;
                blank = false;
            }
            return new Body(text, blankBefore, glyphWidths);
        }
    }

    /// <summary>The lists of widths the layout's statistics sort (Layout.Learn fills and reads them; a layout keeps none of them).</summary>
    private sealed class WidthLists
    {
        public List<double> Proportional { get; } = [];
        public List<double> Characters { get; } = [];
        public List<double> Overflow { get; } = [];
        public List<double> First { get; } = [];
        public List<double> Middle { get; } = [];
    }
}
