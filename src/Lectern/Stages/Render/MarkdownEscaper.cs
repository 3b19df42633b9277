using System.Text;

namespace Lectern.Stages.Render;

/// <summary>Escapes source text so Markdig renders it literally: no emphasis, links, lists or HTML from the source.</summary>
public static class MarkdownEscaper
{
    private const string Special = "\\`*_[]<>#!|~&{}";

    public static string Escape(string text) => AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>Appends <paramref name="text"/>, escaped, to <paramref name="sb"/>: one buffer for a whole document.</summary>
    public static StringBuilder AppendEscaped(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c) || (i == 0 && (c is '-' or '+' or '=')) || (c is '.' or ')' && AllDigitsBefore(text, i)))
                sb.Append('\\');
            sb.Append(c);
        }
        return sb;
    }

    /// <summary>"12." or "3)" at the start of a paragraph would open an ordered list.</summary>
    private static bool AllDigitsBefore(string text, int index)
    {
        if (index == 0) return false;
        for (var i = 0; i < index; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
