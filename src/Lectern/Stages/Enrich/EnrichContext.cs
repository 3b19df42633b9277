using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Enrich;

/// <summary>What an enrich pass works on: the body paragraphs of one reading, and where it puts what it found.</summary>
public sealed class EnrichContext(IElement body, Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
{
    /// <summary>The body paragraphs in source order (the <c>p</c> children of <paramref name="body"/>), index 0 is <c>p-1</c>; written as the enriched body.</summary>
    public BodyParagraphs Paragraphs { get; } = new(body);

    /// <summary>
    /// The dateline and the end mark, each a <c>p</c> of its own outside the body, in the same tree: passes that
    /// mark text (the glossary) mark them too; the layout writes them where the theme puts them.
    /// </summary>
    public IReadOnlyList<IElement> Frame { get; } = FrameOf(body.Owner!, reading.Clean);

    public Reading Reading { get; } = reading;
    public Site Site { get; } = site;
    public LinkBuilder Links { get; } = links;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public List<SectionInfo> Sections { get; } = [];
    public List<TermOccurrence> Terms { get; } = [];
    public List<RenderedNote> Notes { get; } = [];

    /// <summary>The glossary entries whose terms occur in the <see cref="Frame"/>, in the order found.</summary>
    public List<string> FrameTerms { get; } = [];

    private static IElement[] FrameOf(IDocument document, CleanText? clean)
    {
        if (clean is null) return [];
        var frame = new List<IElement>(2);
        foreach (var text in (string?[])[clean.Dateline, clean.EndMark])
        {
            var p = document.CreateElement("p");
            if (!string.IsNullOrEmpty(text)) p.TextContent = text;
            frame.Add(p);
        }
        return frame.ToArray();
    }
}
