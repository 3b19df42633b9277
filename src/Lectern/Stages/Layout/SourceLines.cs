namespace Lectern.Stages.Layout;

/// <summary>
/// The lines of a source file as ranges of its text, numbered as the cleanup report numbers them
/// (<see cref="Clean.InputNormalizer.SplitLines"/>: BOM dropped; "\r\n", "\r" and "\n" each end a line),
/// without a string per line: the source listing writes each line straight from the text.
/// </summary>
public static class SourceLines
{
    public static Range[] Split(string raw)
    {
        var start = raw.StartsWith('\uFEFF') ? 1 : 0;
        var text = raw.AsSpan();
        var lines = new Range[CountLineEnds(text[start..]) + 1];
        var count = 0;
        var lineStart = start;
        while (true)
        {
            var end = text[lineStart..].IndexOfAny('\r', '\n');
            if (end < 0) break;
            end += lineStart;
            lines[count++] = lineStart..end;
            lineStart = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        lines[count] = lineStart..text.Length;
        return lines;
    }

    private static int CountLineEnds(ReadOnlySpan<char> text) =>
        text.Count('\n') + text.Count('\r') - text.Count("\r\n");
}
