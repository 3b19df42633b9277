namespace Lectern.Documents;

/// <summary>
/// The blocks that carry paragraph numbers (<c>p-N</c>): paragraphs and list items, in reading order. A document's
/// own headings are not numbered, so a heading found or corrected later never moves a paragraph's id.
/// </summary>
public static class NumberedBlocks
{
    /// <summary>The text of each numbered block; index 0 is <c>p-1</c>.</summary>
    public static IReadOnlyList<string> NumberedTexts(this CleanText clean)
    {
        var blocks = clean.Blocks;
        var texts = new List<string>(blocks.Count);
        foreach (var block in blocks)
            if (block.Kind != BlockKind.Heading) texts.Add(block.Text);
        return texts;
    }
}
