namespace Lectern.Documents;

/// <summary>What the Enrich passes learnt about one reading, for the cross-page Link stage and the layout.</summary>
public sealed record EnrichResult(
    IReadOnlyList<SectionInfo> Sections,
    IReadOnlyList<TermOccurrence> Terms,
    IReadOnlyList<RenderedNote> Notes)
{
    public static readonly EnrichResult Empty = new([], [], []);

    /// <summary>The dateline and end mark with their terms marked, as HTML; null where the reading has none.</summary>
    public HtmlBody? Dateline { get; init; }
    public HtmlBody? EndMark { get; init; }

    /// <summary>The glossary entries whose terms occur in the dateline or end mark, in the order found (the page lists them with the paragraphs').</summary>
    public IReadOnlyList<string> FrameTerms { get; init; } = [];
}

public sealed record SectionInfo(string Id, string Title, int FirstParagraph);

public readonly record struct TermOccurrence(string EntryId, int Paragraph);

/// <summary>
/// A note anchored in the text: <see cref="Number"/> follows reading order, <see cref="Paragraph"/> is 1-based,
/// <see cref="Prefix"/> and <see cref="Suffix"/> are the text just around the quote in that paragraph
/// (for the Web Annotation TextQuoteSelector), <see cref="BodyHtml"/> the rendered Markdown.
/// </summary>
public sealed record RenderedNote(string Id, int Number, int Paragraph, string Quote, string BodyHtml)
{
    public string Prefix { get; init; } = "";
    public string Suffix { get; init; } = "";
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];
}
