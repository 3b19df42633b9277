using System.Globalization;
using Lectern.Links;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Adds each paragraph's apparatus: the visible number as a permalink (a real link with an accessible name)
/// and a "Cite" link (to the reading's citations without JavaScript; the page script opens the paragraph's
/// citations). Runs last, and is written by the overlay, so text passes never see it; every element it adds
/// carries <c>data-ui</c>. The paragraph gets <c>tabindex="-1"</c> so that landing on <c>#p-N</c> can move
/// focus (and screen readers) there.
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
            context.Overlay.AddAtEdges(p,
                $"<a href=\"#{LinkBuilder.ParagraphId(i + 1)}\" class=\"para-num\" data-ui=\"\" aria-label=\"Link to paragraph {n}\">{n}</a>",
                $"<a href=\"#{CiteTarget}\" class=\"para-cite\" data-ui=\"\" aria-label=\"Cite paragraph {n}\" data-cite-paragraph=\"{n}\">Cite</a>");
        }
    }
}
