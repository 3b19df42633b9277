using Lectern.Markup;

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
            context.Paragraphs.AddAtEdges(i, new NumberAndCite(i + 1));
        }
    }

    /// <summary>
    /// The number link and the "Cite" link of paragraph <c>number</c> (whose id <see cref="ParagraphAnchors"/> set),
    /// and its tabindex, written straight into the page with the body: as strings, and as an attribute set
    /// on the tree, they were most of this pass's memory.
    /// </summary>
    private sealed class NumberAndCite(int number) : EdgeMarkup
    {
        public override void WriteAttributes(TextWriter writer) => writer.Write(" tabindex=\"-1\"");

        public override void WriteAfterStart(TextWriter writer)
        {
            writer.Write("<a href=\"#");
            ParagraphAnchors.WriteId(writer, number);
            writer.Write("\" class=\"para-num\" data-ui=\"\" aria-label=\"Link to paragraph ");
            writer.Write(number);
            writer.Write("\">");
            writer.Write(number);
            writer.Write("</a>");
        }

        public override void WriteBeforeEnd(TextWriter writer)
        {
            writer.Write("<a href=\"#" + CiteTarget + "\" class=\"para-cite\" data-ui=\"\" aria-label=\"Cite paragraph ");
            writer.Write(number);
            writer.Write("\" data-cite-paragraph=\"");
            writer.Write(number);
            writer.Write("\">Cite</a>");
        }
    }
}
