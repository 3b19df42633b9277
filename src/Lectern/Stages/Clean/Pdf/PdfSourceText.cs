using System.Globalization;
using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Writes a PDF's lines as the text the cleaner reads, one printed line a text line, so the cleaner's rules and
/// line numbers serve a PDF as they serve an extracted text. What the layout says is written as a text extractor
/// would show it, from evidence the text alone does not have: a form feed opens each page after the first; a
/// blank line stands where a line starts a block by its layout (more space above it than the document's line
/// pitch for its size, or a change of size or weight); a line set in from its column's left edge is indented, a
/// space for each half em. <see cref="Evidence"/> says, for each line, what the PDF showed there.
/// </summary>
public sealed class PdfSourceText
{
    /// <summary>A line with this many times its usual pitch above it starts a block.</summary>
    private const double GapFactor = 1.3;

    /// <summary>A line set in by this share of its size or more is indented: a typesetter's paragraph indent is often a fixed 10 pt, under an em of a large size.</summary>
    private const double MinIndent = 0.5;

    private const string MoreSpace = "more space above than the usual line pitch";

    private PdfSourceText(string text, SourceLayout layout, PdfText pdf) => (Text, Layout, Pdf) = (text, layout, pdf);

    /// <summary>The lines as text, the cleaner's input and the source listing's lines.</summary>
    public string Text { get; }

    public PdfText Pdf { get; }

    /// <summary>What the PDF showed at each text line, and the lines its layout sets apart as starting a block.</summary>
    public SourceLayout Layout { get; }

    public static PdfSourceText Of(PdfText pdf)
    {
        var lines = pdf.Lines;
        var pitch = Pitches(lines);
        var left = ColumnLefts(lines);
        var room = new LineRoom(lines);
        var glyphs = new HyphenGlyphs(lines);
        var hyphens = new Dictionary<int, (bool, string)>();
        var text = new StringBuilder(lines.Count * 60);
        var evidence = new List<string?> { null };
        var starts = new Dictionary<int, string>();
        var fits = new Dictionary<(int, int), bool>();
        PdfLine? lastText = null, textBefore = null;
        var lastTextNumber = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var previous = i > 0 ? lines[i - 1] : null;
            var newPage = previous is not null && previous.Page != line.Page;
            // What follows a running header is set apart from the header, not from the text before it.
            var afterMargin = previous is { InMargin: true } || line.InMargin;
            var gap = previous is not null && !newPage && previous.Column == line.Column ? previous.Baseline - line.Baseline : double.NaN;
            var why = BlockStart(previous, line, gap, pitch);
            if (why is not null && !newPage && previous is not null)
            {
                text.Append('\n');
                evidence.Add(null);
            }
            var indent = IndentOf(line, left);
            if (newPage) text.Append('\f');
            text.Append(' ', indent).Append(line.Text).Append('\n');
            // A change of size or weight starts a block whatever the text shows (a heading ends no sentence); space
            // alone is left to the cleaner's rules, as a blank line: a line can stand lower for a raised mark in it.
            var nextWordFits = line.InMargin || lastText is null ? null : room.NextWordFits(lastText, line);
            if (nextWordFits is { } measured) fits[(lastTextNumber, evidence.Count)] = measured;
            if (why is not null && !newPage && !afterMargin && why != MoreSpace) starts[evidence.Count] = $"the PDF sets the line apart: {why}";
            else if (!line.InMargin && (FirstLineIndent(textBefore, lastText, line, left, nextWordFits == true)
                         ?? IndentOverFlushLines(lastText, line, i + 1 < lines.Count ? lines[i + 1] : null, left)) is { } inset)
                starts[evidence.Count] = $"the PDF sets the line in by {inset}";
            if (glyphs.Of(line) is { } hyphen) hyphens[evidence.Count] = hyphen;
            evidence.Add(Describe(line, gap, indent, why));
            if (!line.InMargin) (textBefore, lastText, lastTextNumber) = (lastText, line, evidence.Count - 1);
        }
        return new PdfSourceText(text.ToString(), new SourceLayout([.. evidence], starts) { NextWordFits = fits, LineEndHyphens = hyphens, LinesArePrinted = true }, pdf);
    }

    private static string Describe(PdfLine line, double gap, int indent, string? why)
    {
        var s = new StringBuilder(line.Describe());
        if (!double.IsNaN(gap)) s.Append(CultureInfo.InvariantCulture, $", {gap:0.#} pt above");
        if (indent > 0) s.Append(CultureInfo.InvariantCulture, $", set in {indent / 2.0:0.#} em");
        if (why is not null) s.Append(": ").Append(why);
        return s.ToString();
    }

    /// <summary>Why <paramref name="line"/> starts a block by its layout, or null.</summary>
    private static string? BlockStart(PdfLine? previous, PdfLine line, double gap, Dictionary<double, double> pitch)
    {
        if (previous is null) return null;
        if (Math.Abs(previous.FontSize - line.FontSize) >= 1) return "a new size";
        if (previous.Bold != line.Bold) return line.Bold ? "bold after regular" : "regular after bold";
        if (double.IsNaN(gap) || gap <= 0) return null;
        var usual = pitch.GetValueOrDefault(line.FontSize, line.FontSize * 1.2);
        return gap > usual * GapFactor ? MoreSpace : null;
    }

    /// <summary>
    /// A first-line indent: <paramref name="line"/> set in from its column's edge by half an em or more after a flush line
    /// that ends a sentence, or that the line's first word would have fitted on (<paramref name="afterShortLine"/>: the
    /// typesetter broke it on purpose), or that stands after a sentence's end and ends in a comma (a salutation as wide as
    /// the column, <paramref name="beforePrevious"/> the line before it); not after a list
    /// item's line, whose turned line is set in to its text, in the same column or at the foot of the column or page before, as a paragraph starts. A list item's
    /// turned lines are set in as far as the line before, so they are none.
    /// </summary>
    private static string? FirstLineIndent(PdfLine? beforePrevious, PdfLine? previous, PdfLine line, Dictionary<(int, int), double> lefts, bool afterShortLine)
    {
        if (previous is null || Math.Abs(previous.FontSize - line.FontSize) >= 1) return null;
        var inset = line.Left - lefts[(line.Page, line.Column)];
        var previousInset = previous.Left - lefts[(previous.Page, previous.Column)];
        if (inset < MinIndent * line.FontSize || inset > 5 * line.FontSize || previousInset > 0.3 * line.FontSize) return null;
        if (!TextShape.CanStartParagraph(line.Text) || Dehyphenator.IsBreakHyphen(previous.Text)) return null;
        // A list item's short line is followed by its turned line, set in to its text past the marker.
        var after = TextShape.EndsSentence(previous.Text) ? "a flush line that ends a sentence"
            : ListMarker.Of(previous.Text) is not null ? null
            : afterShortLine ? "a flush line its first word would have fitted on"
            // A line of its own after a sentence's end, ending in a comma: a salutation. Not a paragraph's line after its
            // first, which a quotation set in may follow.
            : previous.Text.EndsWith(',') && beforePrevious is not null && TextShape.EndsSentence(beforePrevious.Text) ? "a flush line of its own that ends in a comma (a salutation)"
            : null;
        return after is null ? null : string.Create(CultureInfo.InvariantCulture, $"{inset / line.FontSize:0.#} em after {after}");
    }

    /// <summary>
    /// A first-line indent after a line set in: <paramref name="line"/> set in by half an em to 5 em after a line set in
    /// too (a one-line block with its own indent, a bulleted name's turned line), and followed by a flush line that goes
    /// on in lower case. The lines below it are a paragraph's turned lines, flush, so it is that paragraph's first line,
    /// not a turned line of the block above: a list item's turned lines never go back to the edge mid-sentence.
    /// </summary>
    private static string? IndentOverFlushLines(PdfLine? previous, PdfLine line, PdfLine? next, Dictionary<(int, int), double> lefts)
    {
        if (previous is null || next is null || next.Page != line.Page || next.Column != line.Column
            || Math.Abs(previous.FontSize - line.FontSize) >= 1 || Math.Abs(next.FontSize - line.FontSize) >= 1) return null;
        var size = line.FontSize;
        var inset = line.Left - lefts[(line.Page, line.Column)];
        if (inset < MinIndent * size || inset > 5 * size || previous.Left - lefts[(previous.Page, previous.Column)] < MinIndent * size
            || next.Left - lefts[(next.Page, next.Column)] > 0.3 * size) return null;
        if (!TextShape.CanStartParagraph(line.Text) || ListMarker.Of(line.Text) is not null || Dehyphenator.IsBreakHyphen(previous.Text)
            || next.Text.Length == 0 || !char.IsLower(next.Text[0])) return null;
        return string.Create(CultureInfo.InvariantCulture, $"{inset / size:0.#} em after a line set in, over flush lines that go on in lower case");
    }

    /// <summary>For each font size, the most common distance between consecutive baselines of one column.</summary>
    private static Dictionary<double, double> Pitches(IReadOnlyList<PdfLine> lines)
    {
        var counts = new Dictionary<(double Size, double Gap), int>();
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            if (a.Page != b.Page || a.Column != b.Column || a.FontSize != b.FontSize) continue;
            var gap = Math.Round((a.Baseline - b.Baseline) * 2) / 2;
            if (gap > 0) counts[(b.FontSize, gap)] = counts.GetValueOrDefault((b.FontSize, gap)) + 1;
        }
        var pitch = new Dictionary<double, double>();
        foreach (var group in counts.GroupBy(c => c.Key.Size))
            pitch[group.Key] = group.MaxBy(c => (c.Value, -c.Key.Gap)).Key.Gap;
        return pitch;
    }

    /// <summary>For each page and column, where its lines of the most common size start: the left edge indents are measured from.</summary>
    private static Dictionary<(int Page, int Column), double> ColumnLefts(IReadOnlyList<PdfLine> lines)
    {
        var lefts = new Dictionary<(int, int), double>();
        foreach (var line in lines)
        {
            var key = (line.Page, line.Column);
            lefts[key] = lefts.TryGetValue(key, out var x) ? Math.Min(x, line.Left) : line.Left;
        }
        return lefts;
    }

    private static int IndentOf(PdfLine line, Dictionary<(int, int), double> lefts)
    {
        var inset = line.Left - lefts[(line.Page, line.Column)];
        return inset < MinIndent * line.FontSize ? 0 : Math.Min(60, (int)Math.Round(inset / (0.5 * line.FontSize)));
    }
}
