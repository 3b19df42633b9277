using Markdig;

namespace Lectern.Stages.Render;

/// <summary>
/// The one immutable, reusable Markdig pipeline: raw HTML off and links restricted by
/// <see cref="Lectern.Links.UrlPolicy"/>, so content can never inject markup or script.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.Extensions.AddIfNotAlready<SafeLinksExtension>();
        return builder.Build();
    }
}
