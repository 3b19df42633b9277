using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The Enrich stage: parses a reading's body (Markdig's HTML) once with AngleSharp and runs every pass over
/// that tree in a fixed order. Text passes come before <see cref="ParagraphApparatus"/>, which must run last.
/// </summary>
public static class EnrichStage
{
    internal static readonly IEnrichPass[] Passes =
    [
        new ParagraphAnchors(),
        new Sections(),
        new Notes(),
        new GlossaryTerms(),
        new ParagraphApparatus(),
    ];

    // AngleSharp parsers are not thread-safe; readings are enriched in parallel.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    private const string Open = "<!DOCTYPE html><html><body><div id=\"lectern-body\">";
    private const string Close = "</div></body></html>";

    public static Reading Execute(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        if (reading.BodyHtml is null) return reading;

        var context = Parse(reading, site, links, diagnostics);
        foreach (var pass in Passes) pass.Apply(context);

        return reading with
        {
            BodyHtml = null,
            Body = context.Paragraphs,
            Enrichment = new EnrichResult(context.Sections, context.Terms, context.Notes)
            {
                Dateline = FrameText(context, 0),
                EndMark = FrameText(context, 1),
                FrameTerms = context.FrameTerms,
            },
        };
    }

    private static HtmlBody? FrameText(EnrichContext context, int index) =>
        index < context.Frame.Count && context.Frame[index].HasChildNodes ? new ElementContent(context.Paragraphs.Overlay, context.Frame[index]) : null;

    /// <summary>What an element holds, written with the overlay: the dateline or end mark with its terms marked.</summary>
    private sealed class ElementContent(MarkupOverlay overlay, IElement element) : HtmlBody
    {
        public override void WriteTo(TextWriter writer) => overlay.WriteChildren(element, writer);
    }

    /// <summary>Parses the reading's body once, into the context every pass works on.</summary>
    internal static EnrichContext Parse(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var document = Parser.Value!.ParseDocument(Open + reading.BodyHtml + Close);
        return new EnrichContext(document.GetElementById("lectern-body")!, reading, site, links, diagnostics);
    }
}
