using System.Text;
using System.Text.RegularExpressions;
using Lectern.Documents;

namespace Lectern.Stages.Render;

/// <summary>
/// The cleaned blocks as Markdown that Markdig renders to exactly their words: a heading of level 1 as <c>##</c>
/// (the page's title is the <c>h1</c>), level 2 as <c>###</c>, and so on, never more than one level below the
/// heading before it (a document that goes from a chapter straight to an article skips a level of its own,
/// which a page's outline may not); a run of list items as one tight list, ordered when
/// its first item's text opens with a printed number or letter ("1.", "(a)", "iv."), which stays in the text;
/// every text escaped (<see cref="MarkdownEscaper"/>), so nothing in the source becomes Markdown syntax.
/// </summary>
public static partial class BlockMarkdown
{
    public static string Write(IReadOnlyList<Block> blocks)
    {
        var length = 0;
        foreach (var block in blocks) length += block.Text.Length;
        var sb = new StringBuilder(length + length / 16 + 4 * blocks.Count);
        var list = ListKind.None;
        var lastLevel = 0;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Item)
            {
                var kind = PrintedNumber().IsMatch(block.Text) ? ListKind.Ordered : ListKind.Bulleted;
                // A list of the other kind starts after a blank line, so the two never merge.
                if (list != ListKind.None && kind != list) sb.Append('\n');
                list = list == ListKind.None || kind != list ? kind : list;
                sb.Append(list == ListKind.Ordered ? "1. " : "- ");
                MarkdownEscaper.AppendEscaped(sb, block.Text).Append('\n');
                continue;
            }
            // A blank line ends a list; without it the next line would continue the last item.
            if (list != ListKind.None) sb.Append('\n');
            list = ListKind.None;
            if (block.Kind == BlockKind.Heading)
            {
                lastLevel = Math.Clamp(block.Level, 1, Math.Min(lastLevel + 1, 5));
                sb.Append('#', lastLevel + 1).Append(' ');
            }
            MarkdownEscaper.AppendEscaped(sb, block.Text).Append("\n\n");
        }
        return sb.ToString();
    }

    private enum ListKind { None, Ordered, Bulleted }

    /// <summary>"1.", "12)", "(3)", "a.", "(b)", "A)", "iv.", "(xii)" followed by a space.</summary>
    [GeneratedRegex(@"^\(?(?:[0-9]{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})[.)]\s")]
    private static partial Regex PrintedNumber();
}
