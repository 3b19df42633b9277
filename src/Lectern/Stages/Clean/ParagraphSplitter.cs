namespace Lectern.Stages.Clean;

/// <summary>
/// Groups body lines into paragraphs. A line ends a paragraph when it ends a sentence and the next
/// line's first word would have fitted on it (so the typesetter did not wrap it); also at blank
/// lines that separate paragraphs and at first-line indents.
/// </summary>
public static class ParagraphSplitter
{
    private static readonly char[] SentenceEnd = ['.', '!', '?'];
    private static readonly char[] Closers = ['"', '\'', '”', '’', ')'];

    public static List<List<SourceLine>> Split(IReadOnlyList<SourceLine> lines, bool blankLinesSeparate)
    {
        var paragraphs = new List<List<SourceLine>>();
        var current = new List<SourceLine>();
        var width = MeasureWidth(lines);
        var typicalIndent = TypicalIndent(lines);

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                if (blankLinesSeparate && current.Count > 0 && EndsSentence(current[^1].Text)) Flush();
                continue;
            }
            if (current.Count > 0 && line.Indent >= typicalIndent + 2 && EndsSentence(current[^1].Text)) Flush();
            current.Add(line);

            var next = NextNonBlank(lines, i + 1);
            if (next is not null && EndsSentence(line.Text) && line.Text.Length + 1 + FirstWord(next.Text).Length <= width)
                Flush();
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count == 0) return;
            paragraphs.Add(current);
            current = [];
        }
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(Closers);
        return t.Length > 0 && SentenceEnd.Contains(t[^1]);
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    private static SourceLine? NextNonBlank(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (!lines[i].IsBlank) return lines[i];
        return null;
    }

    /// <summary>The measure of the text block: the longest line.</summary>
    private static int MeasureWidth(IReadOnlyList<SourceLine> lines)
    {
        var lengths = lines.Where(l => !l.IsBlank).Select(l => l.Text.Length).Order().ToArray();
        return lengths.Length == 0 ? 0 : lengths[^1];
    }

    private static int TypicalIndent(IReadOnlyList<SourceLine> lines)
    {
        var indents = lines.Where(l => !l.IsBlank).Select(l => l.Indent).Order().ToArray();
        return indents.Length == 0 ? 0 : indents[indents.Length / 2];
    }
}
