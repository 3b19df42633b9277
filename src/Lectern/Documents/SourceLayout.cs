namespace Lectern.Documents;

/// <summary>
/// What a source's own layout shows that its text cannot (a PDF's positions, sizes and fonts), by line of the text
/// the source was written as: <see cref="Lines"/> says what each line looked like ("p. 2, bold 12 pt, 14 pt above"; null
/// for a blank line and at index 0), <see cref="BlockStarts"/> where the layout sets a line apart as the start of a
/// block, and why ("a new size"), and <see cref="NextWordFits"/> and <see cref="LineEndHyphens"/> what the page measured and printed. A text extraction has none.
/// </summary>
public sealed record SourceLayout(IReadOnlyList<string?> Lines, IReadOnlyDictionary<int, string> BlockStarts)
{
    /// <summary>
    /// For a line and the line printed after it (by their text line numbers), whether the next line's first word would
    /// have fitted at the end of the line, measured on the page: where the text's width estimate says it would and the
    /// page shows the line was full, the typesetter broke it for want of room, not to end a block.
    /// </summary>
    public IReadOnlyDictionary<(int Line, int Next), bool>? NextWordFits { get; init; }

    /// <summary>
    /// For a line ending in a hyphen, whether the layout shows it as the typesetter's break (true: the word is joined)
    /// or the document's own hyphen (false: kept), and the evidence (the glyph the page prints there).
    /// </summary>
    public IReadOnlyDictionary<int, (bool Break, string Evidence)>? LineEndHyphens { get; init; }

    /// <summary>Every text line is one printed line (the source was read from its pages): no extractor joined two, so no hyphen was dropped inside a line.</summary>
    public bool LinesArePrinted { get; init; }
}
