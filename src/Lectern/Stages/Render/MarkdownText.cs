using Lectern.Links;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lectern.Stages.Render;

/// <summary>
/// Editors' Markdown (glossary definitions, notes) to HTML through the shared, HTML-free pipeline.
/// Site-relative links are routed through the <see cref="LinkBuilder"/>, so they work under the base path.
/// </summary>
public static class MarkdownText
{
    public static string ToHtml(string? markdown, LinkBuilder links)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url) link.Url = links.ContentLink(url);
        }
        return Markdown.ToHtml(document, MarkdownPipelineFactory.Shared).Trim();
    }
}
