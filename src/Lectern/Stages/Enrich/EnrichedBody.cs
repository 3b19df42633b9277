using Lectern.Documents;

namespace Lectern.Stages.Enrich;

/// <summary>The body as the passes left it: the parsed tree, written with the passes' overlay.</summary>
public sealed class EnrichedBody(EnrichContext context) : HtmlBody
{
    public override void WriteTo(TextWriter writer) => context.Overlay.WriteChildren(context.Body, writer);
}
