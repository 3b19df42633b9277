namespace Lectern.Stages.Clean;

/// <summary>
/// How long a line looked on the page, two ways: in characters as the extractor placed them (exact for
/// monospaced text and for layout-preserving extractors, whose justified lines all end at one column), and
/// in estimated glyph widths of a proportional serif font with single spaces (for extractors that collapse
/// spacing). The paragraph splitter uses whichever measure makes the document's wrapped lines most even.
/// </summary>
public sealed class LineMeasure
{
    // Times-Roman advance widths (AFM, thousandths of an em) for ' ' .. '~'; other characters count as 500.
    // Indexed by the character itself (0 .. 127), so a character below 128 needs no range check.
    private static ReadOnlySpan<short> Widths =>
    [
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 500,
    ];

    public static readonly LineMeasure Characters = new(proportional: false);
    public static readonly LineMeasure Proportional = new(proportional: true);

    private readonly bool _proportional;

    private LineMeasure(bool proportional) => _proportional = proportional;

    public string Name => _proportional ? "estimated glyph widths" : "characters";

    /// <summary>
    /// The width of a whole line, indent included. <paramref name="glyphWidth"/> holds the width of the line's
    /// words in glyph widths once worked out (NaN before): the caller keeps it, so a line is summed once however
    /// often it is measured, and a line of the source carries no field for it.
    /// </summary>
    public double Line(SourceLine line, ref double glyphWidth) => _proportional
        ? line.Indent * 500 + (double.IsNaN(glyphWidth) ? glyphWidth = Text(line.Words) : glyphWidth)
        : line.Indent + line.Text.Length;

    /// <summary>The width of a word or a piece of text set with single spaces.</summary>
    public double Text(ReadOnlySpan<char> text)
    {
        if (!_proportional) return text.Length;
        // Summed as an integer (the same value as a double sum of these integers, without its slow adds).
        long width = 0;
        var widths = Widths;
        foreach (var c in text)
            width += c < 128 ? widths[c] : 500;
        return width;
    }

    public double Space => _proportional ? Widths[' '] : 1;
}
