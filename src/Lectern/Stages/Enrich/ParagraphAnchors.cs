using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>Gives every body paragraph its stable id <c>p-N</c> (source order).</summary>
public sealed class ParagraphAnchors : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        for (var i = 0; i < context.Paragraphs.Count; i++)
        {
            var p = context.Paragraphs[i];
            // A paragraph without attributes (the usual case) has its id written by the overlay, where the tree would
            // write it; setting it on the tree made a string and an attribute per paragraph. A paragraph with attributes
            // gets it on the tree, so that an id it already had is replaced in its place.
            if (p.Attributes.Length == 0) context.Overlay.AddAtEdges(p, new Anchor(i + 1));
            else p.Id = LinkBuilder.ParagraphId(i + 1);
        }
    }

    /// <summary>Writes the id of paragraph <paramref name="number"/>, as <see cref="LinkBuilder.ParagraphId"/> makes it.</summary>
    public static void WriteId(TextWriter writer, int number)
    {
        writer.Write(LinkBuilder.ParagraphIdPrefix);
        HtmlText.WriteNumber(writer, number);
    }

    private sealed class Anchor(int number) : EdgeMarkup
    {
        public override void WriteAttributes(TextWriter writer)
        {
            writer.Write(" id=\"");
            WriteId(writer, number);
            writer.Write('"');
        }

        public override void WriteAfterStart(TextWriter writer) { }
        public override void WriteBeforeEnd(TextWriter writer) { }
    }
}
