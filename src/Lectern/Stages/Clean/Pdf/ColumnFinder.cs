namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Finds the gutter of a two-column page: an x position in the page's middle third that almost no run of text
/// crosses (a run is letters closer than an em apart, so a word space is no gap but a gutter is), while many
/// rows have text left of it and many right of it (the columns' baselines need not line up). Pages of one column, and pages with too few rows to tell, have none.
/// </summary>
public static class ColumnFinder
{
    private const int MinRows = 6;

    public static double? Gutter(List<List<Glyph>> rows, double width)
    {
        if (rows.Count < MinRows || width <= 0) return null;
        var bins = (int)Math.Ceiling(width) + 1;
        var covered = new int[bins];
        foreach (var row in rows)
        {
            var size = LineBuilder.SizeOf(row);
            double start = double.NaN, end = 0;
            foreach (var g in row)
            {
                if (double.IsNaN(start) || g.X - end > size) { Mark(covered, start, end); start = g.X; }
                end = Math.Max(end, g.EndX);
            }
            Mark(covered, start, end);
        }

        var (from, to) = ((int)(width * 0.3), (int)(width * 0.7));
        var best = from;
        for (var x = from; x <= to; x++) if (covered[x] < covered[best]) best = x;
        if (covered[best] > rows.Count * 0.1) return null;
        // The middle of the least covered stretch around the best x.
        var (a, b) = (best, best);
        while (a > from && covered[a - 1] == covered[best]) a--;
        while (b < to && covered[b + 1] == covered[best]) b++;
        var gutter = (a + b) / 2.0;

        int leftRows = 0, rightRows = 0;
        foreach (var row in rows)
        {
            bool leftText = false, rightText = false;
            foreach (var g in row)
            {
                if (g.EndX <= gutter) leftText = true;
                else if (g.X >= gutter) rightText = true;
            }
            if (leftText) leftRows++;
            if (rightText) rightRows++;
        }
        return leftRows >= rows.Count * 0.25 && rightRows >= rows.Count * 0.25 ? gutter : null;
    }

    private static void Mark(int[] covered, double start, double end)
    {
        if (double.IsNaN(start)) return;
        for (var x = Math.Max(0, (int)start); x <= Math.Min(covered.Length - 1, (int)end); x++) covered[x]++;
    }
}
