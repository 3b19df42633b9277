namespace Lectern.Documents;

/// <summary>What a block of the cleaned text is: a heading of the document, a paragraph, or an item of a list.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Item,
}

/// <summary>
/// One block of the cleaned text, in reading order.
/// </summary>
/// <param name="Level">A heading's level (1 for the document's top divisions, one more for each division below), an
/// item's nesting depth (1 for a top-level item), 0 for a paragraph.</param>
/// <param name="Text">The block's words as the source has them, a printed number or letter kept ("2. Scope"), a bullet glyph dropped.</param>
/// <param name="SourceLine">The 1-based line of the source file where the block starts.</param>
public sealed record Block(BlockKind Kind, int Level, string Text, int SourceLine);
