namespace Lectern.Documents;

/// <summary>The structured text the Clean stage recovers from a raw extraction.</summary>
/// <param name="Paragraphs">The text of every block in reading order (headings and list items included), so nothing
/// downstream that reads only paragraphs loses words.</param>
public sealed record CleanText(
    string Title,
    string? Dateline,
    IReadOnlyList<string> Paragraphs,
    string? EndMark,
    CleanupReport Report)
{
    private readonly IReadOnlyList<Block>? _blocks;

    /// <summary>
    /// The blocks with their kinds, one per entry of <see cref="Paragraphs"/> and with the same text. A clean text made
    /// without them (from paragraphs alone) reads as paragraphs, without source lines.
    /// </summary>
    public IReadOnlyList<Block> Blocks
    {
        get => _blocks ?? Paragraphs.Select(p => new Block(BlockKind.Paragraph, 0, p, 0)).ToList();
        init => _blocks = value;
    }
}
