using System.Globalization;

namespace Lectern.Stages.Enrich;

/// <summary>
/// Adds the visible paragraph number as a permalink (a real link with an accessible name). Runs last,
/// so text passes never see it; it carries <c>data-ui</c> like all apparatus.
/// </summary>
public sealed class ParagraphApparatus : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        for (var i = 0; i < context.Paragraphs.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var p = context.Paragraphs[i];
            var link = context.Document.CreateElement("a");
            link.SetAttribute("href", "#p-" + n);
            link.SetAttribute("class", "para-num");
            link.SetAttribute("data-ui", "");
            link.SetAttribute("aria-label", "Link to paragraph " + n);
            link.TextContent = n;
            p.Prepend(link);
        }
    }
}
