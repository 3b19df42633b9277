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

    public Reading Reading { get; } = reading;
    public Site Site { get; } = site;
    public LinkBuilder Links { get; } = links;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public List<SectionInfo> Sections { get; } = [];
    public List<TermOccurrence> Terms { get; } = [];
    public List<RenderedNote> Notes { get; } = [];
}
