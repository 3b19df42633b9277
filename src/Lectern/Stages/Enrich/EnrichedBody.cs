using Lectern.Documents;

namespace Lectern.Stages.Enrich;

/// <summary>The body as the passes left it: the paragraphs, written with what the passes added.</summary>
public sealed class EnrichedBody(EnrichContext context) : HtmlBody
{
    public override void WriteTo(TextWriter writer) => context.Paragraphs.WriteTo(writer);
}
