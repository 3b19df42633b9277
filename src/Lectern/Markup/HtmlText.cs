using System.Buffers;

namespace Lectern.Markup;

/// <summary>Text for markup written as text, escaped exactly as AngleSharp serializes a text node, straight into the writer.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&\u00a0<>");

    public static void WriteEscaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(Escaped);
            if (next < 0)
            {
                writer.Write(text);
                return;
            }
            writer.Write(text[..next]);
            writer.Write(text[next] switch
            {
                '&' => "&amp;",
                '\u00a0' => "&nbsp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            text = text[(next + 1)..];
        }
    }
}
