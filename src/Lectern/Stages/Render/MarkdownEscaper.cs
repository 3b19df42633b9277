using System.Buffers;
using System.Text;

namespace Lectern.Stages.Render;

/// <summary>Escapes source text so Markdig renders it literally: no emphasis, links, lists or HTML from the source.</summary>
public static class MarkdownEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>#!|~&{}");

    public static string Escape(string text) => AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="sb"/>: one buffer for a whole document.</summary>
    public static StringBuilder AppendEscaped(StringBuilder sb, string text)
    {
        var rest = text.AsSpan();
        if (rest.Length > 0 && rest[0] is '-' or '+' or '=')
            sb.Append('\\');
        else if (OrderedListMarker(rest) is var digits and > 0)
        {
            // "12." or "3)" at the start of a paragraph would open an ordered list.
            sb.Append(rest[..digits]).Append('\\');
            rest = rest[digits..];
        }

        for (var next = rest.IndexOfAny(Special); next >= 0; next = rest.IndexOfAny(Special))
        {
            sb.Append(rest[..next]).Append('\\').Append(rest[next]);
            rest = rest[(next + 1)..];
        }
        return sb.Append(rest);
    }

    /// <summary>The number of digits that open <paramref name="text"/> when a "." or ")" follows them; else 0.</summary>
    private static int OrderedListMarker(ReadOnlySpan<char> text)
    {
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && text[digits] is '.' or ')' ? digits : 0;
    }
}
