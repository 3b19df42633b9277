using AngleSharp.Html.Parser;
using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Stages.Enrich;

/// <summary>
/// The Enrich stage: parses a reading's body once with AngleSharp and runs every pass over it in a
/// fixed order. Text passes come before <see cref="ParagraphApparatus"/>, which must run last.
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

    public static Reading Execute(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        if (reading.BodyHtml is null) return reading;

        var context = Parse(reading, site, links, diagnostics);
        foreach (var pass in Passes) pass.Apply(context);

        return reading with
        {
            BodyHtml = null,
            Body = new EnrichedBody(context),
            Enrichment = new EnrichResult(context.Sections, context.Terms, context.Notes),
        };
    }

    /// <summary>Parses the reading's body once, into the context every pass works on.</summary>
    internal static EnrichContext Parse(Reading reading, Site site, LinkBuilder links, DiagnosticBag diagnostics)
    {
        var document = Parser.Value!.ParseDocument("<!DOCTYPE html><html><body><div id=\"lectern-body\">" + reading.BodyHtml + "</div></body></html>");
        return new EnrichContext(document, document.GetElementById("lectern-body")!, reading, site, links, diagnostics);
    }
}
