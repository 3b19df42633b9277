using System.Globalization;
using System.Text;
using Lectern.Documents;
using Lectern.Markup;
using Lectern.Stages.Clean;

namespace Lectern.Stages.Layout;

/// <summary>
/// The numbered source lines of the "Source and cleanup notes" page, each decision shown at its line.
/// It is the page's content, like a reading's body, so it is made here rather than in a template: a
/// Liquid loop over thousands of lines per reading would cost more than the rest of the page.
/// </summary>
public static class SourceListing
{
    /// <summary>The listing of <paramref name="source"/>, written straight into the page where the template outputs it.</summary>
    public static HtmlContent Html(string source, IReadOnlyList<CleanupDecision> decisions) =>
        new(html => Write(html, source, decisions));

    // The listing reads the source's lines one by one, as rows are written, and keeps none of them: a source
    // of millions of blank lines costs no array of millions of ranges.
    private static void Write(TextWriter html, string source, IReadOnlyList<CleanupDecision> decisions)
    {
        var lineCount = InputNormalizer.LineCount(source);
        Write(html, new Listing(source, lineCount, ByLine(decisions, lineCount)));
    }

    /// <summary>The source text, its number of lines, and the decisions in line order (source order within a line).</summary>
    private sealed record Listing(string Source, int LineCount, CleanupDecision[] ByLine)
    {
        /// <summary>The next decision of <see cref="ByLine"/> not yet shown: rows are written in line order.</summary>
        public int Next { get; set; }

        public bool IsBlank(Range line) => Source.AsSpan()[line].IsWhiteSpace();

        /// <summary>How many of the decisions from <see cref="Next"/> on are at lines up to <paramref name="last"/>.</summary>
        public int CountUpTo(int last)
        {
            var n = Next;
            while (n < ByLine.Length && LineOf(ByLine[n], LineCount) <= last) n++;
            return n - Next;
        }
    }

    /// <summary>A decision's line as the listing shows it: lines outside the file go to its first or last line.</summary>
    private static int LineOf(CleanupDecision decision, int lineCount) => Math.Clamp(decision.Line, 1, Math.Max(lineCount, 1));

    private static CleanupDecision[] ByLine(IReadOnlyList<CleanupDecision> decisions, int lineCount)
    {
        var order = new (int Line, int Index)[decisions.Count];
        for (var i = 0; i < order.Length; i++) order[i] = (LineOf(decisions[i], lineCount), i);
        Array.Sort(order);
        var sorted = new CleanupDecision[order.Length];
        for (var i = 0; i < order.Length; i++) sorted[i] = decisions[order[i].Index];
        return sorted;
    }

    /// <summary>
    /// One row a text line, with the blank lines after it folded in; blank lines opening the file fold into
    /// the first of them. Rows are written as the lines are read (indexes from 0).
    /// </summary>
    private static void Write(TextWriter html, Listing listing)
    {
        listing.Next = 0;
        int index = -1, first = -1, blankStart = 0;
        Range firstLine = default;
        foreach (var line in InputNormalizer.EnumerateLines(listing.Source))
        {
            index++;
            var blank = listing.IsBlank(line);
            if (first >= 0 && blank) continue;
            if (first >= 0) Row(html, listing, first, firstLine, blankStart, index);
            (first, firstLine, blankStart) = (index, line, blank ? index : index + 1);
        }
        if (first >= 0) Row(html, listing, first, firstLine, blankStart, index + 1);
    }

    /// <summary>
    /// How many blank lines of a folded run keep an anchor of their own: a link to a line of a page-sized gap
    /// still lands, and a file of millions of blank lines still makes a page the size of its text.
    /// </summary>
    private const int AnchoredBlankLines = 100;

    /// <summary>
    /// The row for line <paramref name="first"/> (text or blank) and the blank lines [blankStart, end)
    /// folded into it: a run of blank lines folds into the row before it (their numbers stay as anchors
    /// and in the row's number range), so the seed's blank-after-every-line layout reads as a text.
    /// </summary>
    private static void Row(TextWriter html, Listing listing, int first, Range firstLine, int blankStart, int end)
    {
        var number = first + 1;
        var decisions = listing.CountUpTo(end);
        var marked = decisions > 0;

        html.Write(marked ? "<div class=\"source-line has-decision\" id=\"L" : "<div class=\"source-line\" id=\"L");
        html.Write(number);
        html.Write("\"><a class=\"source-ln\" href=\"#L");
        html.Write(number);
        html.Write("\">");
        for (var n = blankStart + 1; n <= Math.Min(end, blankStart + AnchoredBlankLines); n++)
        {
            if (n == number) continue;
            html.Write("<span id=\"L");
            html.Write(n);
            html.Write("\"></span>");
        }
        html.Write("<span class=\"visually-hidden\">Line </span>");
        html.Write(number);
        if (end - first > 1)
        {
            html.Write('\u2013');
            html.Write(end);
        }
        html.Write("</a> <span class=\"source-text\">");
        if (marked) html.Write("<mark>");
        var text = Visible(listing.Source, firstLine);
        Theme.Encoder.Encode(html, text.Text, text.Start, text.Length);
        if (marked) html.Write("</mark>");
        html.Write("</span>");
        if (end - blankStart > 1)
        {
            html.Write(" <span class=\"source-folded\">(blank lines ");
            html.Write(blankStart + 1);
            html.Write('\u2013');
            html.Write(end);
            html.Write(" dropped)</span>");
        }
        if (marked) Decisions(html, text.Text.AsSpan(text.Start, text.Length), listing, decisions);
        html.Write("</div>\n");
    }

    private static void Decisions(TextWriter html, ReadOnlySpan<char> text, Listing listing, int count)
    {
        html.Write("\n<ul class=\"source-decisions\">");
        var line = text.Trim();
        for (var end = listing.Next + count; listing.Next < end; listing.Next++)
        {
            var d = listing.ByLine[listing.Next];
            html.Write("<li data-kind=\"");
            html.Write(Enum.GetName(d.Kind)); // not ToString(), which boxes the kind
            html.Write("\"><strong>");
            Theme.Encoder.Encode(html, CleanupKindText.Label(d.Kind));
            html.Write("</strong>");
            if (TextShape.FoldSpaces(d.Text.AsSpan().Trim()) != TextShape.FoldSpaces(line))
            {
                html.Write(" <q>");
                Theme.Encoder.Encode(html, d.Text);
                html.Write("</q>");
            }
            html.Write(": ");
            Theme.Encoder.Encode(html, d.Evidence);
            html.Write("</li>");
        }
        html.Write("</ul>");
    }

    /// <summary>
    /// The line as it is in the file, with control characters (a form feed is a page break) shown as their
    /// symbols: the line's place in the source, or a copy when it has such characters.
    /// </summary>
    private static (string Text, int Start, int Length) Visible(string source, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(source.Length);
        var line = source.AsSpan(start, length);
        if (!line.ContainsAnyInRange('\0', '\u001F')) return (source, start, length);
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) sb.Append(c < ' ' && c != '\t' ? (char)(0x2400 + c) : c);
        return (sb.ToString(), 0, sb.Length);
    }
}
