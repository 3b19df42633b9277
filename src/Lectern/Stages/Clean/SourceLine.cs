namespace Lectern.Stages.Clean;

/// <summary>
/// One line of the source as the cleaner sees it: its 1-based number in the file, its text (trimmed at
/// both ends, inner spacing kept, because a layout extractor's spacing says where the line ended) and its
/// indent. <see cref="PageBreakBefore"/> is set when a page break (form feed, removed page furniture or a
/// page-sized blank gap) lies between this line and the text before it.
/// </summary>
public sealed class SourceLine
{
    // The text is a range of a larger string (for most lines, the source file itself): a line of the source
    // costs no string of its own.
    private readonly string _chars;
    private readonly int _start;
    private readonly int _length;

    // The text with runs of spaces folded to one, where that changes it (null: the text itself).
    private readonly string? _folded;

    private double _glyphWidth = double.NaN;
    private int _firstNumber;

    public SourceLine(int number, string text, int indent, bool pageBreakBefore = false)
        : this(number, text, 0, text.Length, indent) =>
        PageBreakBefore = pageBreakBefore;

    /// <summary>A line whose text is <paramref name="length"/> characters of <paramref name="chars"/> from <paramref name="start"/>.</summary>
    public SourceLine(int number, string chars, int start, int length, int indent)
    {
        Number = number;
        Indent = indent;
        _chars = chars;
        _start = start;
        _length = length;
        if (Text.Contains("  ", StringComparison.Ordinal)) _folded = TextShape.FoldSpaces(Text);
    }

    public int Number { get; }

    public int Indent { get; init; }

    public bool PageBreakBefore { get; init; }

    public bool IsBlank => _length == 0;

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

    /// <summary>The text, trimmed.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(_start, _length);

    /// <summary>The text with runs of spaces (justified or layout spacing) folded to one.</summary>
    public ReadOnlySpan<char> Words => _folded ?? Text;

    /// <summary><see cref="Words"/>, for code that keeps it across an iterator's steps.</summary>
    public ReadOnlyMemory<char> WordsMemory => _folded?.AsMemory() ?? _chars.AsMemory(_start, _length);

    /// <summary>The width of <see cref="Words"/> in estimated glyph widths (see <see cref="LineMeasure"/>), worked out once.</summary>
    public double GlyphWidth => double.IsNaN(_glyphWidth) ? _glyphWidth = LineMeasure.Proportional.Text(Words) : _glyphWidth;

    /// <summary>This line after a page break.</summary>
    public SourceLine AfterPageBreak() => With(_chars, _start, _length, pageBreakBefore: true);

    /// <summary>This line without its first <paramref name="count"/> characters.</summary>
    public SourceLine WithoutStart(int count) => With(_chars, _start + count, _length - count, PageBreakBefore);

    private SourceLine With(string chars, int start, int length, bool pageBreakBefore) =>
        new(Number, chars, start, length, Indent)
        {
            PageBreakBefore = pageBreakBefore, FormFeed = FormFeed, EndsInSpace = EndsInSpace, _firstNumber = _firstNumber,
        };
}
