using Lectern.Links;
using Lectern.Markup;

namespace Lectern.Stages.Enrich;

/// <summary>Gives every body paragraph its stable id <c>p-N</c> (source order).</summary>
public sealed class ParagraphAnchors : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        var paragraphs = context.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // A paragraph without attributes (the usual case) has its id written with the markup passes add, where the
            // tree would write it; setting it on the tree made a string and an attribute per paragraph. A paragraph with
            // attributes gets it on the tree, so that an id it already had is replaced in its place.
            if (paragraphs.Element(i) is { Attributes.Length: > 0 } p) p.Id = LinkBuilder.ParagraphId(i + 1);
            else paragraphs.AddAtEdges(i, new Anchor(i + 1));
        }
    }

    /// <summary>Writes the id of paragraph <paramref name="number"/>, as <see cref="LinkBuilder.ParagraphId"/> makes it.</summary>
    public static void WriteId(TextWriter writer, int number)
    {
        writer.Write(LinkBuilder.ParagraphIdPrefix);
        writer.Write(number);
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
