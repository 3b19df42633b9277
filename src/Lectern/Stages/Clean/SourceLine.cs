namespace Lectern.Stages.Clean;

/// <summary>
/// One line of the source as the cleaner sees it: its 1-based number in the file, its text (trimmed at
/// both ends, inner spacing kept, because a layout extractor's spacing says where the line ended) and its
/// indent. <see cref="PageBreakBefore"/> is set when a page break (form feed, removed page furniture or a
/// page-sized blank gap) lies between this line and the text before it.
/// </summary>
public sealed record SourceLine(int Number, string Text, int Indent, bool PageBreakBefore = false)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>A form feed opened this line (a new page starts here).</summary>
    public bool FormFeed { get; init; }

    /// <summary>The line ended in spaces the extractor wrote (mutool does so where it cut one printed line into pieces).</summary>
    public bool EndsInSpace { get; init; }

    /// <summary>The source line this line starts on: earlier than <see cref="Number"/> when pieces of one printed line were joined.</summary>
    public int FirstNumber
    {
        get => _firstNumber == 0 ? Number : _firstNumber;
        init => _firstNumber = value;
    }

    private int _firstNumber;

    /// <summary>The text, trimmed.</summary>
    public string Text
    {
        get => _text;
        init
        {
            _text = value;
            // A copy made with `with { Text = ... }` works these out again.
            _folded = null;
            _glyphWidth = double.NaN;
        }
    }

    private readonly string _text = Text;

    /// <summary>The text with runs of spaces (justified or layout spacing) folded to one.</summary>
    public string Words => _folded ??= TextShape.FoldSpaces(_text);

    private string? _folded;

    /// <summary>The width of <see cref="Words"/> in estimated glyph widths (see <see cref="LineMeasure"/>), cached like it.</summary>
    public double GlyphWidth => double.IsNaN(_glyphWidth) ? _glyphWidth = LineMeasure.Proportional.Text(Words) : _glyphWidth;

    // The caches are reset by Text's init rather than checked against the text they were made from: a line is
    // made for every line of every source, and two references fewer make it a fifth smaller.
    private double _glyphWidth = double.NaN;
}
