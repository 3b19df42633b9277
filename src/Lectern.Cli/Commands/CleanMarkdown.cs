using System.Text;
using Lectern.Documents;
using Lectern.Stages.Render;

namespace Lectern.Cli.Commands;

/// <summary>
/// The cleaned text as the Markdown document <c>lectern clean</c> prints: the title as <c>#</c>, the document's
/// headings one level below it (<c>##</c> for its top divisions), list items as list items nested by depth, every
/// text escaped so it stays the source's characters (an item's printed number or letter stays text).
/// </summary>
public static class CleanMarkdown
{
    public static string Document(CleanText clean)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(MarkdownEscaper.Escape(clean.Title)).Append("\n\n");
        if (clean.Dateline is not null) sb.Append(MarkdownEscaper.Escape(clean.Dateline)).Append(" --\n\n");
        for (var i = 0; i < clean.Blocks.Count; i++)
        {
            var block = clean.Blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    sb.Append('#', Math.Clamp(block.Level + 1, 2, 6)).Append(' ');
                    break;
                case BlockKind.Item:
                    sb.Append(' ', 2 * (Math.Max(block.Level, 1) - 1)).Append("- ");
                    break;
            }
            MarkdownEscaper.AppendEscaped(sb, block.Text);
            // Items of one list follow each other without a blank line, so Markdown keeps them one list.
            var nextIsItem = i + 1 < clean.Blocks.Count && clean.Blocks[i + 1].Kind == BlockKind.Item;
            sb.Append(block.Kind == BlockKind.Item && nextIsItem ? "\n" : "\n\n");
        }
        if (clean.EndMark is not null) sb.Append(MarkdownEscaper.Escape(clean.EndMark)).Append('\n');
        return sb.ToString();
    }
}
