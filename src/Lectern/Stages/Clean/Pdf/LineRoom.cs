namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Whether a line's first word would have fitted at the end of the line printed before it, measured on the page. A
/// typesetter moves a word to the next line only when it does not fit, so a line with room for the next word was
/// ended on purpose (a paragraph's or a heading's last line), and a line without it was full. The room is measured
/// to the right edge of the line's column on its page, found from the lines of the document's text size (a heading
/// may be set wider): where two lines or more end within a space of each other (a justified column's lines all do; a
/// ragged column's longest lines come close), so a page whose lines are all short gives no edge and no verdict. Lines
/// of pieces far apart (two columns' lines on one row, where the gutter was missed) set no edge and get no verdict. A
/// ragged column's edge may fall short of its measure by that space, so within it there is no verdict either.
/// </summary>
public sealed class LineRoom
{
    /// <summary>A space as a share of the letter size, for a line of one word that shows none.</summary>
    private const double UsualSpace = 0.25;

    private readonly Dictionary<(int Page, int Column), (double Edge, double Slack)> _edges = new();

    public LineRoom(IReadOnlyList<PdfLine> lines)
    {
        var textSize = TextSize(lines);
        var rights = new Dictionary<(int, int), List<double>>();
        foreach (var line in lines)
        {
            if (!Measurable(line) || line.FontSize != textSize) continue;
            var key = (line.Page, line.Column);
            if (!rights.TryGetValue(key, out var list)) rights[key] = list = [];
            list.Add(line.Right);
        }
        var slack = UsualSpace * textSize;
        foreach (var (key, list) in rights)
            if (Edge(list, slack) is { } edge) _edges[key] = (edge, slack);
    }

    /// <summary>
    /// A line of the text: not a running header or footer, and not pieces far apart (a header's parts, or two columns'
    /// lines on one row where the gutter was missed), whose right end is no column's edge.
    /// </summary>
    private static bool Measurable(PdfLine line) => !line.InMargin && !line.Text.Contains(LineBuilder.PieceGap, StringComparison.Ordinal);

    /// <summary>Where the lines end that reach furthest, when two or more do.</summary>
    private static double? Edge(List<double> rights, double slack)
    {
        var edge = rights.Max();
        var reaching = 0;
        foreach (var right in rights)
            if (right >= edge - slack) reaching++;
        return reaching >= 2 ? edge : null;
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
        if (double.IsNaN(line.FirstWordRight) || !Measurable(previous) || !_edges.TryGetValue((previous.Page, previous.Column), out var column)) return null;
        var space = !double.IsNaN(previous.WordSpace) ? previous.WordSpace
            : !double.IsNaN(line.WordSpace) ? line.WordSpace
            : UsualSpace * previous.FontSize;
        var end = previous.Right + space + line.FirstWordWidth;
        return end <= column.Edge ? true : end > column.Edge + column.Slack ? false : null;
    }
}
