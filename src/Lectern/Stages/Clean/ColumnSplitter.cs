using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Puts a page printed in two columns into reading order. A layout extractor (<c>pdftotext -layout</c>) keeps
/// the columns side by side, so one line of its text holds a line of each column with a run of spaces between.
/// A page is read in two columns when a gutter (a run of positions at least <see cref="MinGutter"/> wide, blank on
/// every line of the page's body) has text on both sides of it, on at least <see cref="MinLinesEachSide"/> lines each,
/// and the columns on either side are of like width. Lines that cross the gutter are allowed only above and below the columns (a title or a
/// running header that spans the page); the body's lines are then read left column first, then right. Each
/// piece keeps its source line's number and is told apart by the position its column starts at
/// (<see cref="SourceLine.Column"/>). Pages are told apart by form feeds; a text without them is one page.
/// </summary>
public static class ColumnSplitter
{
    /// <summary>The narrowest gutter: one space separates words, and justified lines widen spaces here and there.</summary>
    public const int MinGutter = 3;

    // A page of a few lines cannot show a gutter that holds: its spaces can line up by chance.
    private const int MinLinesEachSide = 3;

    /// <summary>The lines in reading order: a new list when some page is in columns, else the list given.</summary>
    public static List<SourceLine> Split(List<SourceLine> lines, List<CleanupDecision> decisions)
    {
        var pages = new List<(int Start, int End)>();
        for (var start = 0; start < lines.Count;)
        {
            var end = start + 1;
            while (end < lines.Count && !lines[end].FormFeed) end++;
            pages.Add((start, end));
            start = end;
        }
        var running = RunningEdges(lines, pages);

        List<SourceLine>? result = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var (start, end) = pages[p];
            if (FindColumns(lines, start, end, running.Contains((p, 't')) ? 1 : 0, running.Contains((p, 'f')) ? 1 : 0) is { } columns)
            {
                result ??= lines.GetRange(0, start);
                decisions.Add(Decision(lines, columns, p + 1));
                AddInReadingOrder(lines, columns, result);
            }
            else result?.AddRange(lines.GetRange(start, end - start));
        }
        return result ?? lines;
    }

    /// <summary>
    /// The pages whose first ('t') or last ('f') line of text is the same (numbers aside) at that edge of another page: a
    /// running header or footer, which stays whole above or below the columns even where it leaves the gutter blank
    /// (a browser's address on the left and "1/9" on the right), so <see cref="PageFurniture"/> finds it at the page's edge.
    /// </summary>
    private static HashSet<(int Page, char Edge)> RunningEdges(List<SourceLine> lines, List<(int Start, int End)> pages)
    {
        var running = new HashSet<(int, char)>();
        if (pages.Count < 2) return running;
        var buffer = new char[64];
        var keys = new Dictionary<string, List<(int, char)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            var (start, end) = pages[p];
            var first = start;
            while (first < end && lines[first].IsBlank) first++;
            var last = end - 1;
            while (last > first && lines[last].IsBlank) last--;
            if (first >= end) continue;
            foreach (var (edge, i) in new[] { ('t', first), ('f', last) })
            {
                var key = PageFurniture.Key(edge, lines[i].Words, ref buffer).ToString();
                if (!keys.TryGetValue(key, out var at)) keys[key] = at = [];
                at.Add((p, edge));
            }
        }
        foreach (var at in keys.Values)
            if (at.Count >= 2) running.UnionWith(at);
        return running;
    }

    /// <summary>
    /// A page's columns: <see cref="BodyStart"/>..<see cref="BodyEnd"/> are the lines read in columns (the lines
    /// before and after span both columns or are blank); the left column ends at <see cref="GutterStart"/>, the right one starts at <see cref="GutterEnd"/>.
    /// </summary>
    public sealed record Columns(int PageStart, int PageEnd, int BodyStart, int BodyEnd, int GutterStart, int GutterEnd, int GutterWidth, int LeftLines, int RightLines, int LinesBothSides);

    // How many lines at each end of a page may span both columns: a running header, a title of a few lines, a footer.
    private const int MaxSpanningLines = 4;

    /// <param name="topApart">How many lines at the page's top stand apart from the columns whatever the gutter says (a running header).</param>
    /// <param name="footApart">How many lines at the page's foot stand apart so (a running footer).</param>
    public static Columns? FindColumns(List<SourceLine> lines, int pageStart, int pageEnd, int topApart = 0, int footApart = 0)
    {
        var text = new List<int>();
        var width = 0;
        for (var i = pageStart; i < pageEnd; i++)
        {
            if (lines[i].IsBlank) continue;
            text.Add(i);
            width = Math.Max(width, lines[i].Indent + lines[i].Text.Length);
        }
        if (text.Count < 2 * MinLinesEachSide) return null;

        // How many lines print a character at each position; then, for the fewest lines set apart at the page's top
        // and foot, whether the rest leave a gutter.
        var used = new int[width];
        foreach (var i in text) Count(lines[i], used, 1);
        var body = new int[width];
        for (var apart = topApart + footApart; apart <= 2 * MaxSpanningLines; apart++)
            for (var top = Math.Max(topApart, apart - MaxSpanningLines); top <= Math.Min(apart - footApart, MaxSpanningLines); top++)
            {
                var foot = apart - top;
                if (text.Count - apart < 2 * MinLinesEachSide) return null;
                used.CopyTo(body, 0);
                for (var t = 0; t < top; t++) Count(lines[text[t]], body, -1);
                for (var t = text.Count - foot; t < text.Count; t++) Count(lines[text[t]], body, -1);
                var bodyStart = top == 0 ? pageStart : text[top];
                var bodyEnd = foot == 0 ? pageEnd : text[text.Count - foot];
                if (Gutter(body, width) is { } gutter && Measure(lines, bodyStart, bodyEnd, gutter) is { } columns)
                    return columns with { PageStart = pageStart, PageEnd = pageEnd };
            }
        return null;
    }

    private static void Count(SourceLine line, int[] used, int by)
    {
        var text = line.Text;
        for (var c = 0; c < text.Length; c++)
            if (text[c] != ' ') used[line.Indent + c] += by;
    }

    /// <summary>The widest run of positions no line prints on that reaches into the middle half of the page, with print on both sides.</summary>
    private static (int Start, int End)? Gutter(int[] used, int width)
    {
        int gutterStart = 0, gutterEnd = 0;
        for (var x = width / 4; x < width * 3 / 4; x++)
        {
            if (used[x] > 0) continue;
            var runStart = x;
            while (runStart > 0 && used[runStart - 1] == 0) runStart--;
            var runEnd = x;
            while (runEnd < width && used[runEnd] == 0) runEnd++;
            if (runEnd - runStart > gutterEnd - gutterStart) (gutterStart, gutterEnd) = (runStart, runEnd);
            x = runEnd;
        }
        return gutterEnd - gutterStart < MinGutter || gutterStart == 0 || gutterEnd >= width ? null : (gutterStart, gutterEnd);
    }

    /// <summary>The columns of the body's lines on either side of the gutter, when both hold text on enough of the same lines and are of like width.</summary>
    private static Columns? Measure(List<SourceLine> lines, int bodyStart, int bodyEnd, (int Start, int End) gutter)
    {
        int bothSides = 0, leftLines = 0, rightLines = 0, leftWidth = 0, rightStart = int.MaxValue, rightEnd = 0;
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            var lineEnd = line.Indent + line.Text.Length;
            var hasLeft = line.Indent < gutter.Start;
            var hasRight = lineEnd > gutter.End;
            if (hasLeft && hasRight) bothSides++;
            if (hasLeft) leftLines++;
            if (hasRight) rightLines++;
            if (hasLeft) leftWidth = Math.Max(leftWidth, Math.Min(lineEnd, gutter.Start) - line.Indent);
            if (hasRight)
            {
                rightStart = Math.Min(rightStart, Math.Max(line.Indent, gutter.End) + FirstCharacter(line, gutter.End));
                rightEnd = Math.Max(rightEnd, lineEnd);
            }
        }
        if (Math.Min(leftLines, rightLines) < MinLinesEachSide) return null;
        // Two columns are of like width; a narrow strip beside the text is a list's markers or a margin note.
        var rightWidth = rightEnd - rightStart;
        if (Math.Min(leftWidth, rightWidth) * 2 < Math.Max(leftWidth, rightWidth)) return null;
        return new Columns(bodyStart, bodyEnd, bodyStart, bodyEnd, gutter.Start, rightStart, gutter.End - gutter.Start, leftLines, rightLines, bothSides);
    }

    /// <summary>How far past <paramref name="from"/> the line's first character at or after it stands.</summary>
    private static int FirstCharacter(SourceLine line, int from)
    {
        var text = line.Text;
        var at = Math.Max(0, from - line.Indent);
        var skipped = at < text.Length ? text[at..].IndexOfAnyExcept(' ') : 0;
        return Math.Max(0, skipped);
    }

    private static void AddInReadingOrder(List<SourceLine> lines, Columns columns, List<SourceLine> result)
    {
        for (var i = columns.PageStart; i < columns.BodyStart; i++) result.Add(lines[i]);
        // The body's first line opens the page when nothing stands above it.
        var opensPage = columns.BodyStart == columns.PageStart && lines[columns.PageStart].FormFeed;
        for (var i = columns.BodyStart; i < columns.BodyEnd; i++)
            result.Add(lines[i].Piece(0, columns.GutterStart, opensPage && i == columns.BodyStart));
        for (var i = columns.BodyStart; i < columns.BodyEnd; i++)
            result.Add(lines[i].Piece(columns.GutterEnd, int.MaxValue, false));
        for (var i = columns.BodyEnd; i < columns.PageEnd; i++) result.Add(lines[i]);
    }

    private static CleanupDecision Decision(List<SourceLine> lines, Columns columns, int page) =>
        new(CleanupKind.ColumnsSplit, lines[columns.BodyStart].Number, $"page {page}: columns at characters 1-{columns.GutterStart} and {columns.GutterEnd + 1}-",
            $"a gutter of {columns.GutterWidth} spaces is blank on every line of the page's body ({columns.BodyEnd - columns.BodyStart} lines), " +
            $"with text on its left on {columns.LeftLines} of them, on its right on {columns.RightLines}, on both on {columns.LinesBothSides}; the left column is read first");
}
