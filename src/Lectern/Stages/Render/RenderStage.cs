using System.Text;
using Lectern.Documents;
using Markdig;

namespace Lectern.Stages.Render;

/// <summary>
/// The Render stage: the cleaned paragraphs as Markdown (escaped, so the source's characters stay text), rendered
/// to the HTML body by Markdig, which Enrich parses.
/// </summary>
public static class RenderStage
{
    public static Reading Execute(Reading reading)
    {
        if (reading.Clean is null) return reading;
        return reading with { BodyHtml = Markdown.ToHtml(ToMarkdown(reading.Clean.Paragraphs), MarkdownPipelineFactory.Shared) };
    }

    public static string ToMarkdown(IReadOnlyList<string> paragraphs)
    {
        var length = 0;
        foreach (var paragraph in paragraphs) length += paragraph.Length;
        var sb = new StringBuilder(length + length / 16 + 2 * paragraphs.Count);
        foreach (var paragraph in paragraphs)
            MarkdownEscaper.AppendEscaped(sb, paragraph).Append("\n\n");
        return sb.ToString();
    }

    /// <summary>The clean text as a Markdown document, as printed by <c>lectern clean</c>.</summary>
    public static string ToMarkdownDocument(CleanText clean)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(MarkdownEscaper.Escape(clean.Title)).Append("\n\n");
        if (clean.Dateline is not null) sb.Append(MarkdownEscaper.Escape(clean.Dateline)).Append(" --\n\n");
        sb.Append(ToMarkdown(clean.Paragraphs));
        if (clean.EndMark is not null) sb.Append(MarkdownEscaper.Escape(clean.EndMark)).Append('\n');
        return sb.ToString();
    }
}
