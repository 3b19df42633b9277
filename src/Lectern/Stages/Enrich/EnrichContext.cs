using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>What an enrich pass works on: the parsed body of one reading, and where it puts what it found.</summary>
public sealed class EnrichContext(IDocument document, IElement body, Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
{
    public IDocument Document { get; } = document;

    /// <summary>The container of the reading's paragraphs.</summary>
    public IElement Body { get; } = body;

    public Reading Reading { get; } = reading;
    public Site Site { get; } = site;
    public LinkBuilder Links { get; } = links;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>What passes add without changing the tree (glossary terms, paragraph apparatus), written with the body.</summary>
    // Sized for the paragraphs (one child in two: each is followed by a line break), which all hold apparatus.
    public MarkupOverlay Overlay { get; } = new(body.ChildNodes.Length / 2 + 1);

    public List<SectionInfo> Sections { get; } = [];
    public List<TermOccurrence> Terms { get; } = [];
    public List<RenderedNote> Notes { get; } = [];

    /// <summary>The body paragraphs in source order; index 0 is <c>p-1</c>.</summary>
    public IReadOnlyList<IElement> Paragraphs => _paragraphs ??= ChildParagraphs(Body);
    private IReadOnlyList<IElement>? _paragraphs;

    private static List<IElement> ChildParagraphs(IElement body)
    {
        var children = body.ChildNodes;
        var paragraphs = new List<IElement>(children.Length / 2 + 1);
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement { LocalName: "p" } p) paragraphs.Add(p);
        return paragraphs;
    }

}
