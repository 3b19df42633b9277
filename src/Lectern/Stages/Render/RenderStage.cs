using System.Text;
using Lectern.Documents;
using Markdig;

namespace Lectern.Stages.Render;

/// <summary>
/// The Render stage: the cleaned paragraphs as Markdown, rendered to an HTML body by Markdig; plain paragraphs
/// (the usual case) skip Markdig, which would render them as they are (<see cref="PlainParagraphs"/>).
/// </summary>
public static class RenderStage
{
    public static Reading Execute(Reading reading)
    {
        if (reading.Clean is null) return reading;
        if (PlainParagraphs.TryCreate(reading.Clean.Paragraphs) is { } plain) return reading with { Body = plain };
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
