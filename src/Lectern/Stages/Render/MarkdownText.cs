using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Links;
using Markdig;
using Markdig.Syntax.Inlines;

namespace Lectern.Stages.Render;

/// <summary>
/// Editors' Markdown (glossary definitions, notes) to HTML through the shared, HTML-free pipeline.
/// Site-relative links are routed through the <see cref="LinkBuilder"/>, so they work under the base path.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// As <see cref="ToHtml(string?, LinkBuilder)"/>, for text written in a content file: Markdown nested deeper than
    /// Markdig allows (it refuses it rather than overflow its stack) is an error at <paramref name="where"/> in
    /// <paramref name="path"/>, naming <paramref name="what"/>, and renders as nothing.
    /// </summary>
    public static string ToHtml(string? markdown, LinkBuilder links, string what, string path, IHasSourcePosition where, DiagnosticBag diagnostics)
    {
        try
        {
            return ToHtml(markdown, links);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownFailed, path, Math.Max(where.Line, 1), Math.Max(where.Column, 1),
                $"{what} cannot be rendered: {ex.Message.Split(" - ")[0].TrimEnd('.')}; write it with fewer quotes, lists or brackets inside one another"));
            return "";
        }
    }

    public static string ToHtml(string? markdown, LinkBuilder links)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        MarkdownInlines.ForEach(document, ref links, static (Inline inline, ref LinkBuilder builder) =>
        {
            if (inline is LinkInline { Url: { } url } link) link.Url = builder.ContentLink(url);
        });

        return Markdown.ToHtml(document, MarkdownPipelineFactory.Shared).Trim();
    }
}
