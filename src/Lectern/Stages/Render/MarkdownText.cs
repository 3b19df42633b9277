using Markdig;

namespace Lectern.Stages.Render;

/// <summary>Editors' Markdown (glossary definitions, notes) to HTML through the shared, HTML-free pipeline.</summary>
public static class MarkdownText
{
    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared).Trim();

    /// <summary>A one-paragraph text without its enclosing <c>&lt;p&gt;</c>, for use inside other elements.</summary>
    public static string ToInlineHtml(string? markdown)
    {
        var html = ToHtml(markdown);
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
               && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
