namespace Lectern.Documents;

/// <summary>What the Enrich passes learnt about one reading, for the cross-page Link stage and the layout.</summary>
public sealed record EnrichResult(
    IReadOnlyList<SectionInfo> Sections,
    IReadOnlyList<TermOccurrence> Terms,
    IReadOnlyList<RenderedNote> Notes)
{
    public static readonly EnrichResult Empty = new([], [], []);
}

public sealed record SectionInfo(string Id, string Title, int FirstParagraph);

public sealed record TermOccurrence(string EntryId, int Paragraph);

public sealed record RenderedNote(string Id, int Number, int Paragraph, string Quote, string BodyHtml);
