namespace Lectern.Stages.Enrich;

/// <summary>Gives every body paragraph its stable id <c>p-N</c> (source order).</summary>
public sealed class ParagraphAnchors : IEnrichPass
{
    public void Apply(EnrichContext context)
    {
        for (var i = 0; i < context.Paragraphs.Count; i++)
        {
            var p = context.Paragraphs[i];
            p.Id = Links.LinkBuilder.ParagraphId(i + 1);
        }
    }
}
