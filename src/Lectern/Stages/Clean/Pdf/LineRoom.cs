namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Whether a line's first word would have fitted at the end of the line printed before it, measured on the page. A
/// typesetter moves a word to the next line only when it does not fit, so a line with room for the next word was
/// ended on purpose (a paragraph's or a heading's last line), and a line without it was full. The room is measured
/// to the right edge of the line's column on its page, found from the lines of the document's text size (a heading
/// may be set wider): where two lines or more end within a space of each other (a justified column's lines all do; a
/// ragged column's longest lines come close), so a page whose lines are all short gives no edge and no verdict, and
/// neither does a column where as many lines end at another place, further left than a wrapped line ends. A ragged column's edge may fall short of its
/// measure by that space, so within it there is no verdict either.
/// </summary>
public sealed class LineRoom
{
    /// <summary>A space as a share of the letter size, for a line of one word that shows none.</summary>
    private const double UsualSpace = 0.25;

    private readonly Dictionary<(int Page, int Column), (double Edge, double Slack)> _edges = new();

    public LineRoom(IReadOnlyList<PdfLine> lines)
    {
        var textSize = TextSize(lines);
        var columns = new Dictionary<(int, int), (List<double> Rights, double WidestWord)>();
        foreach (var line in lines)
        {
            if (line.InMargin || line.FontSize != textSize) continue;
            var key = (line.Page, line.Column);
            if (!columns.TryGetValue(key, out var column)) column = (new List<double>(), 0);
            column.Rights.Add(line.Right);
            if (line.FirstWordWidth > column.WidestWord) column.WidestWord = line.FirstWordWidth;
            columns[key] = column;
        }
        var slack = UsualSpace * textSize;
        foreach (var (key, column) in columns)
            if (Edge(column.Rights, column.WidestWord + slack, slack) is { } edge) _edges[key] = (edge, slack);
    }

    /// <summary>
    /// Where the lines end that reach furthest, when two or more do and no other place has as many lines ending there
    /// (two columns read as one, a gutter missed, have two such places): then the edge is not known. A wrapped line
    /// ends short of the edge by less than the word that went down (<paramref name="wrapping"/>: the widest first word
    /// and a space), so lines ending that close, as a ragged column's do, make no other place.
    /// </summary>
    private static double? Edge(List<double> rights, double wrapping, double slack)
    {
        rights.Sort();
        var edge = rights[^1];
        var reaching = 0;
        while (reaching < rights.Count && rights[^(reaching + 1)] >= edge - slack) reaching++;
        if (reaching < 2) return null;
        // Any run of lines ending within a space of each other, further from the edge than a wrapped line ends and as
        // many as reach the edge, makes a second edge.
        for (int from = 0, to = 0; to < rights.Count && rights[to] < edge - wrapping; to++)
        {
            while (rights[to] - rights[from] > slack) from++;
            if (to - from + 1 >= reaching) return null;
        }
        return edge;
    }

    /// <summary>The size most of the document's lines are set in.</summary>
    private static double TextSize(IReadOnlyList<PdfLine> lines)
    {
        var counts = new Dictionary<double, int>();
        foreach (var line in lines)
            if (!line.InMargin) counts[line.FontSize] = counts.GetValueOrDefault(line.FontSize) + 1;
        return counts.Count == 0 ? 0 : counts.MaxBy(c => (c.Value, -c.Key)).Key;
    }

    /// <summary>
    /// Whether <paramref name="line"/>'s first word would have fitted after <paramref name="previous"/>, or null where the
    /// page shows no edge, the word was not measured, or it would end within the edge's slack.
    /// </summary>
    public bool? NextWordFits(PdfLine previous, PdfLine line)
    {
        if (double.IsNaN(line.FirstWordRight) || !_edges.TryGetValue((previous.Page, previous.Column), out var column)) return null;
        var space = !double.IsNaN(previous.WordSpace) ? previous.WordSpace
            : !double.IsNaN(line.WordSpace) ? line.WordSpace
            : UsualSpace * previous.FontSize;
        var end = previous.Right + space + line.FirstWordWidth;
        return end <= column.Edge ? true : end > column.Edge + column.Slack ? false : null;
    }
}
