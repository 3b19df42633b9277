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
    // costs no string of its own. The fields are packed because every line of every source is one of these
    // objects: 48 bytes a line rather than 64.
    private readonly string _chars;
    private readonly int _start;
    private readonly int _length;

    // What few lines have: the text with runs of spaces folded to one, where that changes it (a string), or
    // that and the number of the line a joined line starts on (an Extras).
    private readonly object? _extra;

    // The indent in the low bits, the flags above it.
    private readonly int _indentAndFlags;

    private sealed record Extras(string? Folded, int FirstNumber, int Column = 0);

    private const int FormFeedFlag = 1 << 29, EndsInSpaceFlag = 1 << 30, PageBreakFlag = 1 << 31, IndentBits = FormFeedFlag - 1;

    // Blank lines are half the lines of an extraction that puts a blank line after each (as the seed's does), and
    // a blank line is nothing but its number (no form feed, no indent, no text; none is ever marked): one shared,
    // unchanging object per number serves every source, made the first time a source has that blank line.
    private const int SharedBlanks = 1 << 14;
    private static readonly SourceLine?[] Blanks = new SourceLine?[SharedBlanks];

    /// <summary>A blank line (no form feed) numbered <paramref name="number"/>.</summary>
    public static SourceLine Blank(int number) =>
        (uint)number < SharedBlanks ? Blanks[number] ??= new SourceLine(number, "", 0) : new SourceLine(number, "", 0);

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
        if (Text.Contains("  ", StringComparison.Ordinal)) _extra = TextShape.FoldSpaces(Text);
    }

    public int Number { get; }

    public int Indent
    {
        get => _indentAndFlags & IndentBits;
        init => _indentAndFlags = (_indentAndFlags & ~IndentBits) | (value is >= 0 and <= IndentBits ? value : throw new ArgumentOutOfRangeException(nameof(value)));
    }

    public bool PageBreakBefore
    {
        get => (_indentAndFlags & PageBreakFlag) != 0;
        init => _indentAndFlags = WithFlag(PageBreakFlag, value);
    }

    public bool IsBlank => _length == 0;

    /// <summary>A form feed opened this line (a new page starts here).</summary>
    public bool FormFeed
    {
        get => (_indentAndFlags & FormFeedFlag) != 0;
        init => _indentAndFlags = WithFlag(FormFeedFlag, value);
    }

    /// <summary>The line ended in spaces the extractor wrote (mutool does so where it cut one printed line into pieces).</summary>
    public bool EndsInSpace
    {
        get => (_indentAndFlags & EndsInSpaceFlag) != 0;
        init => _indentAndFlags = WithFlag(EndsInSpaceFlag, value);
    }

    private int WithFlag(int flag, bool value) => value ? _indentAndFlags | flag : _indentAndFlags & ~flag;

    /// <summary>The source line this line starts on: earlier than <see cref="Number"/> when pieces of one printed line were joined.</summary>
    public int FirstNumber
    {
        get => _extra is Extras { FirstNumber: not 0 and var first } ? first : Number;
        init => _extra = new Extras(Folded, value, Column);
    }

    /// <summary>
    /// Where on its source line this line starts, in characters: 0 for a whole line, the start of its column for a
    /// piece of a line that two columns of a page share (<see cref="ColumnSplitter"/>). The two pieces of one source
    /// line are told apart by it.
    /// </summary>
    public int Column
    {
        get => _extra is Extras extras ? extras.Column : 0;
        init => _extra = new Extras(Folded, _extra is Extras extras ? extras.FirstNumber : 0, value);
    }

    private string? Folded => _extra switch { string folded => folded, Extras extras => extras.Folded, _ => null };

    /// <summary>The text, trimmed.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(_start, _length);

    /// <summary>The text with runs of spaces (justified or layout spacing) folded to one.</summary>
    public ReadOnlySpan<char> Words => _extra is null ? Text : Folded ?? Text;

    /// <summary><see cref="Words"/>, for code that keeps it across an iterator's steps.</summary>
    public ReadOnlyMemory<char> WordsMemory => Folded?.AsMemory() ?? _chars.AsMemory(_start, _length);

    /// <summary>This line after a page break.</summary>
    public SourceLine AfterPageBreak() => With(_chars, _start, _length, pageBreakBefore: true);

    /// <summary>This line without its first <paramref name="count"/> characters.</summary>
    public SourceLine WithoutStart(int count) => With(_chars, _start + count, _length - count, PageBreakBefore);

    private SourceLine With(string chars, int start, int length, bool pageBreakBefore)
    {
        var line = new SourceLine(Number, chars, start, length, Indent) { PageBreakBefore = pageBreakBefore, FormFeed = FormFeed, EndsInSpace = EndsInSpace };
        return _extra is Extras extras ? new SourceLine(line, extras) : line;
    }

    /// <summary>
    /// The piece of this line between the characters <paramref name="from"/> and <paramref name="to"/> of the source line
    /// (counted from its start, indent included), trimmed, as a line of its own that starts at <paramref name="from"/>:
    /// its indent is counted from there and <see cref="Column"/> is <paramref name="from"/>. It opens a page
    /// (<see cref="FormFeed"/>) when <paramref name="formFeed"/> says so.
    /// </summary>
    public SourceLine Piece(int from, int to, bool formFeed)
    {
        var start = Math.Clamp(from - Indent, 0, _length);
        var end = Math.Clamp(to - Indent, start, _length);
        var piece = _chars.AsSpan(_start + start, end - start);
        var trimmedEnd = piece.TrimEnd(' ');
        var trimmed = trimmedEnd.TrimStart(' ');
        var lead = trimmedEnd.Length - trimmed.Length;
        if (trimmed.IsEmpty) return new SourceLine(Number, "", 0) { FormFeed = formFeed, Column = from };
        return new SourceLine(Number, _chars, _start + start + lead, trimmed.Length, Indent + start + lead - from)
            { FormFeed = formFeed, EndsInSpace = EndsInSpace && end == _length, Column = from };
    }

    /// <summary><paramref name="line"/> with the first source line and column of <paramref name="extras"/>.</summary>
    private SourceLine(SourceLine line, Extras extras)
        : this(line.Number, line._chars, line._start, line._length, line.Indent) =>
        (_indentAndFlags, _extra) = (line._indentAndFlags, new Extras(Folded, extras.FirstNumber, extras.Column));
}
