using System.Buffers;
using Lectern.Documents;

namespace Lectern.Stages.Render;

/// <summary>
/// The rendered body when every paragraph is plain text on one line (the usual case). Markdig makes of
/// such an escaped paragraph exactly <c>&lt;p&gt;text&lt;/p&gt;\n</c>, so this writes that without running
/// Markdig, and hands Enrich the paragraphs themselves, which it enriches as texts without building or parsing
/// a tree (<see cref="Enrich.TextParagraphs"/>). Paragraphs with anything Markdig might treat as structure (line
/// breaks, control characters, leading or trailing space) take the Markdig path; tests hold the two to the same output.
/// </summary>
public sealed class PlainParagraphs : HtmlBody
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("<>&\"");

    private PlainParagraphs(IReadOnlyList<string> paragraphs) => Paragraphs = paragraphs;

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The body of <paramref name="paragraphs"/> when every one is plain, else null.</summary>
    public static PlainParagraphs? TryCreate(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
            if (!IsPlain(paragraph)) return null;
        return new PlainParagraphs(paragraphs);
    }

    /// <summary>One line, no control characters, no white space at either end: nothing for Markdig to strip, break or nest.</summary>
    internal static bool IsPlain(string paragraph) =>
        paragraph.Length > 0
        && !char.IsWhiteSpace(paragraph[0]) && !char.IsWhiteSpace(paragraph[^1])
        && paragraph.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0;

    public override void WriteTo(TextWriter writer)
    {
        foreach (var paragraph in Paragraphs)
        {
            writer.Write("<p>");
            WriteEscaped(writer, paragraph);
            writer.Write("</p>\n");
        }
    }

    // As Markdig's HtmlRenderer escapes text.
    private static void WriteEscaped(TextWriter writer, ReadOnlySpan<char> text)
    {
        for (var next = text.IndexOfAny(Escaped); next >= 0; next = text.IndexOfAny(Escaped))
        {
            writer.Write(text[..next]);
            writer.Write(text[next] switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", _ => "&quot;" });
            text = text[(next + 1)..];
        }
        writer.Write(text);
    }
}
