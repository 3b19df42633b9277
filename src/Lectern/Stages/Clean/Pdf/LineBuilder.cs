namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Builds a page's letters into lines in reading order. Letters on one baseline (within a third of their size)
/// form a row; a row of smaller letters just above another (a footnote mark) joins it. Where
/// <see cref="ColumnFinder"/> finds a gutter, rows are cut there and read column by column: the left column's
/// lines, then the right's, until a line that spans both (a title) or the page's end. The first and last row of a
/// page standing apart from the text (a running header or footer) stay whole. Words break at a gap wider than <see cref="WordGap"/> of the letter size.
/// </summary>
public sealed class LineBuilder
{
    /// <summary>A gap between letters wider than this share of their size separates two words.</summary>
    private const double WordGap = 0.12;

    /// <summary>A gap wider than this share of the letter size separates pieces of a line, as a header's parts are.</summary>
    private const double WideGap = 2;

    /// <summary>What stands between pieces of a line more than <see cref="WideGap"/> apart, as a layout extractor shows them.</summary>
    public const string PieceGap = "   ";

    /// <summary>Columns stand further apart than this share of their letter size; a word space is about a quarter.</summary>
    private const double MinGutter = 0.8;

    private readonly List<Glyph> _row = [];

    public void AddPage(int page, double width, List<Glyph> glyphs, List<PdfLine> output)
    {
        var rows = Rows(glyphs);
        var gutter = ColumnFinder.Gutter(rows, width);
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var apart = IsMarginRow(rows, r);
            if (gutter is { } x && !apart && Split(row, x) is var cut and >= 0)
            {
                if (cut > 0) Add(left, Line(page, 1, row[..cut]));
                if (cut < row.Count) Add(right, Line(page, 2, row[cut..]));
                continue;
            }
            Flush(left, right, output);
            Add(output, Line(page, 0, row) with { InMargin = apart });
        }
        Flush(left, right, output);
    }

    private static void Add(List<PdfLine> lines, PdfLine line)
    {
        if (line.Text.Length > 0) lines.Add(line);
    }

    private static void Flush(List<PdfLine> left, List<PdfLine> right, List<PdfLine> output)
    {
        output.AddRange(left);
        output.AddRange(right);
        left.Clear();
        right.Clear();
    }

    /// <summary>
    /// Where a row divides at the gutter (the index of its first letter right of it), or -1 when it does not: a letter
    /// crosses the gutter, or only a word space lies there (a title set across both columns).
    /// </summary>
    private static int Split(List<Glyph> row, double gutter)
    {
        var cut = 0;
        while (cut < row.Count && row[cut].EndX <= gutter) cut++;
        if (cut < row.Count && row[cut].X < gutter) return -1;
        if (cut > 0 && cut < row.Count && row[cut].X - row[cut - 1].EndX < MinGutter * Math.Max(row[cut].Size, row[cut - 1].Size)) return -1;
        return cut;
    }

    /// <summary>The first or last row of a page, set apart from the next by more than two of its lines: a running header or footer.</summary>
    private static bool IsMarginRow(List<List<Glyph>> rows, int r)
    {
        if (rows.Count < 3 || (r != 0 && r != rows.Count - 1)) return false;
        var neighbour = rows[r == 0 ? 1 : r - 1];
        var size = Math.Max(SizeOf(rows[r]), SizeOf(neighbour));
        return Math.Abs(rows[r][0].Y - neighbour[0].Y) > 2.2 * size;
    }

    /// <summary>The page's rows, top to bottom, each sorted left to right.</summary>
    private List<List<Glyph>> Rows(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => b.Y != a.Y ? b.Y.CompareTo(a.Y) : a.X.CompareTo(b.X));
        var rows = new List<List<Glyph>>();
        foreach (var g in glyphs)
        {
            var size = g.Size;
            if (_row.Count > 0 && Math.Abs(_row[0].Y - g.Y) <= 0.3 * Math.Max(size, SizeOf(_row))) { _row.Add(g); continue; }
            if (_row.Count > 0) rows.Add(Sorted([.. _row]));
            _row.Clear();
            _row.Add(g);
        }
        if (_row.Count > 0) rows.Add(Sorted([.. _row]));
        _row.Clear();
        return JoinRaised(rows);
    }

    /// <summary>A row of small letters just above a row of larger ones (a footnote mark, a superscript) joins that row.</summary>
    private static List<List<Glyph>> JoinRaised(List<List<Glyph>> rows)
    {
        for (var r = rows.Count - 2; r >= 0; r--)
        {
            var (raised, below) = (rows[r], rows[r + 1]);
            var size = SizeOf(below);
            if (SizeOf(raised) < 0.85 * size && raised[0].Y - below[0].Y < 0.6 * size
                && raised[0].X >= below[0].X && raised[^1].EndX <= below[^1].EndX + size)
            {
                below.AddRange(raised);
                rows[r + 1] = Sorted(below);
                rows.RemoveAt(r);
            }
        }
        return rows;
    }

    private static List<Glyph> Sorted(List<Glyph> row)
    {
        row.Sort((a, b) => a.X.CompareTo(b.X));
        return row;
    }

    internal static double SizeOf(List<Glyph> row)
    {
        var size = 0.0;
        foreach (var g in row) size = Math.Max(size, g.Size);
        return size;
    }

    private static PdfLine Line(int page, int column, List<Glyph> row)
    {
        var text = new System.Text.StringBuilder(row.Count + 8);
        Glyph? previous = null;
        int bold = 0, letters = 0;
        var sizes = new Dictionary<double, int>();
        double left = double.NaN, right = 0, baseline = row[0].Y, largest = 0, firstWordRight = double.NaN, space = double.NaN;
        foreach (var g in row)
        {
            // Text drawn twice a hair apart (a bold made by overprinting) is one letter.
            if (previous is { } p && p.Text == g.Text && Math.Abs(p.X - g.X) < 0.1 * g.Size) continue;
            if (previous is { } q && g.X - q.EndX is var gap && gap > WordGap * Math.Max(g.Size, q.Size))
            {
                // A wide gap (a header's page number and title, set at the page's two ends) is shown as a layout
                // extractor shows it, by several spaces: it separates pieces of the line, not words of a sentence.
                text.Append(gap > WideGap * Math.Max(g.Size, q.Size) ? PieceGap : " ");
                if (double.IsNaN(firstWordRight)) firstWordRight = q.EndX;
                if (!(gap >= space)) space = gap;
            }
            text.Append(g.Text);
            previous = g;
            letters++;
            if (g.Bold) bold++;
            sizes[g.Size] = sizes.GetValueOrDefault(g.Size) + 1;
            if (g.Size > largest) (largest, baseline) = (g.Size, g.Y);
            if (double.IsNaN(left)) left = g.X;
            right = g.EndX;
        }
        var size = sizes.Count == 0 ? 0 : sizes.MaxBy(s => (s.Value, s.Key)).Key;
        return new PdfLine(page, column, left, right, baseline, size, bold * 2 > letters, text.ToString())
        {
            FirstWordRight = double.IsNaN(firstWordRight) ? right : firstWordRight,
            WordSpace = space,
        };
    }
}
