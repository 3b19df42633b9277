using System.Text;
using Lectern.Documents;
using Markdig;

namespace Lectern.Stages.Render;

/// <summary>
/// The Render stage: the cleaned blocks as Markdown (<see cref="BlockMarkdown"/>: headings, paragraphs, lists, the
/// source's characters escaped so they stay text), rendered to the HTML body by Markdig, which Enrich parses.
/// </summary>
public static class RenderStage
{
    public static Reading Execute(Reading reading)
    {
        if (reading.Clean is null) return reading;
        return reading with { BodyHtml = Markdown.ToHtml(BlockMarkdown.Write(reading.Clean.Blocks), MarkdownPipelineFactory.Shared) };
    }

    /// <summary>The clean text as a Markdown document, as printed by <c>lectern clean</c>.</summary>
    public static string ToMarkdownDocument(CleanText clean)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(MarkdownEscaper.Escape(clean.Title)).Append("\n\n");
        if (clean.Dateline is not null) sb.Append(MarkdownEscaper.Escape(clean.Dateline)).Append(" --\n\n");
        sb.Append(BlockMarkdown.Write(clean.Blocks));
        if (clean.EndMark is not null) sb.Append(MarkdownEscaper.Escape(clean.EndMark)).Append('\n');
        return sb.ToString();
    }
}
