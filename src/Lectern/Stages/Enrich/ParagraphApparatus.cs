using System.Globalization;
using AngleSharp.Dom;
using Lectern.Links;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Adds each paragraph's apparatus: the visible number as a permalink (a real link with an accessible name)
/// and a "Cite" link (to the reading's citations without JavaScript; the page script opens the paragraph's
/// citations). Runs last, so text passes never see it; every element it adds carries <c>data-ui</c>. The
/// paragraph gets <c>tabindex="-1"</c> so that landing on <c>#p-N</c> can move focus (and screen readers) there.
/// </summary>
public sealed class ParagraphApparatus : IEnrichPass
{
    /// <summary>The id of the reading's citation block, the no-JavaScript target of every "Cite" link.</summary>
    public const string CiteTarget = "cite";

    public void Apply(EnrichContext context)
    {
        for (var i = 0; i < context.Paragraphs.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var p = context.Paragraphs[i];
            p.SetAttribute("tabindex", "-1");
            p.Prepend(Link(context.Document, "#" + LinkBuilder.ParagraphId(i + 1), "para-num", "Link to paragraph " + n, n));

            var cite = Link(context.Document, "#" + CiteTarget, "para-cite", "Cite paragraph " + n, "Cite");
            cite.SetAttribute("data-cite-paragraph", n);
            p.AppendChild(cite);
        }
    }

    private static IElement Link(IDocument document, string href, string cssClass, string label, string text)
    {
        var link = document.CreateElement("a");
        link.SetAttribute("href", href);
        link.SetAttribute("class", cssClass);
        link.SetAttribute("data-ui", "");
        link.SetAttribute("aria-label", label);
        link.TextContent = text;
        return link;
    }
}
