using System.Buffers;

namespace Lectern.Stages.Render;

/// <summary>
/// Editors' Markdown that is plain text on one line (most notes and definitions): Markdig renders it as one
/// paragraph of its characters, escaped, so this writes that string without parsing. Anything Markdig might
/// read as syntax (an inline marker, a line that could open a block, white space at an end, a control
/// character) takes the Markdig path; tests hold the two to the same output.
/// </summary>
internal static class PlainMarkdown
{
    // Escapes, code, emphasis, links, images, autolinks, entities and HTML start with these; the rest
    // (headings, strikethrough, tables) are left out too, although the pipeline does not enable all of them.
    private static readonly SearchValues<char> Syntax = SearchValues.Create("\\`*_[]!<>&#~|");

    /// <summary>A plain line (as <see cref="PlainParagraphs.IsPlain"/> has it) with nothing Markdown reads as syntax.</summary>
    public static bool IsPlain(string text) =>
        PlainParagraphs.IsPlain(text)
        && !MayOpenBlock(text[0])
        && text.AsSpan().IndexOfAny(Syntax) < 0;

    /// <summary>A list item ("- ", "+ ", "2021. "), a thematic break or a heading underline.</summary>
    private static bool MayOpenBlock(char first) => first is '-' or '+' or '=' or (>= '0' and <= '9');

    /// <summary>Markdig's HTML for a text <see cref="IsPlain"/> accepts, trimmed: its only character to escape is '"'.</summary>
    public static string ToHtml(string text)
    {
        var quotes = text.AsSpan().Count('"');
        return string.Create("<p></p>".Length + text.Length + quotes * ("&quot;".Length - 1), text, static (html, text) =>
        {
            "<p>".CopyTo(html);
            html = html[3..];
            var rest = text.AsSpan();
            for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
            {
                rest[..quote].CopyTo(html);
                "&quot;".CopyTo(html[quote..]);
                html = html[(quote + "&quot;".Length)..];
                rest = rest[(quote + 1)..];
            }
            rest.CopyTo(html);
            "</p>".CopyTo(html[rest.Length..]);
        });
    }
}
