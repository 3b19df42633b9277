using Markdig;

namespace Lectern.Stages.Render;

/// <summary>The one immutable, reusable Markdig pipeline: raw HTML off, so content can never inject markup.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();
}
