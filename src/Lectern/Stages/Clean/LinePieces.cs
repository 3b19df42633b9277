using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Some extractors (mutool) cut one printed line into pieces where justification left wide gaps between
/// its words, and end each piece but the last with the space that followed it: "He ", "analyzed ", "in ",
/// "the". Read apart, the pieces look like short lines, which end paragraphs and spoil the line widths the
/// paragraph splitter learns. A run of lines ending in a space, with the line after the last of them, is
/// joined back into one line when together they are no wider than the document's full lines, and when
/// such lines are few (a text whose every line ends in a space says nothing by it). The joined line keeps
/// the last piece's number (its end is where a line-end hyphen is) and starts at the first piece's.
/// </summary>
public static class LinePieces
{
    public static List<SourceLine> Join(List<SourceLine> lines, List<CleanupDecision> decisions)
    {
        int textLines = 0, pieces = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            textLines++;
            if (EndsPiece(lines, i)) pieces++;
        }
        if (pieces == 0 || pieces * 3 > textLines) return lines;

        var fullWidth = FullLineWidth(lines);
        var result = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var end = i;
            while (EndsPiece(lines, end)) end++;
            if (end == i) { result.Add(lines[i]); continue; }

            var words = JoinWords(lines, i, end);
            if (words.Length > fullWidth * 1.1)
            {
                result.AddRange(lines.Skip(i).Take(end - i + 1));
            }
            else
            {
                result.Add(new SourceLine(lines[end].Number, words, lines[i].Indent, lines[i].PageBreakBefore)
                    { FirstNumber = lines[i].FirstNumber, FormFeed = lines[i].FormFeed });
                decisions.Add(new CleanupDecision(CleanupKind.LinePiecesJoined, lines[i].FirstNumber, words,
                    $"lines {lines[i].FirstNumber}-{lines[end].Number}: each but the last ends in a space, and together they are " +
                    $"no wider than a full line ({words.Length} of {fullWidth} characters): one printed line the extractor cut into pieces"));
            }
            i = end;
        }
        return result;
    }

    /// <summary>The words of lines <paramref name="first"/> to <paramref name="last"/>, with a space between lines.</summary>
    private static string JoinWords(List<SourceLine> lines, int first, int last)
    {
        var words = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++)
        {
            if (k > first) words.Append(' ');
            words.Append(lines[k].Words);
        }
        return words.ToString();
    }

    /// <summary>The line ends in a space and the next line, on the same page, goes on with no blank line between.</summary>
    private static bool EndsPiece(List<SourceLine> lines, int i) =>
        lines[i].EndsInSpace && i + 1 < lines.Count && lines[i + 1] is { IsBlank: false, PageBreakBefore: false, FormFeed: false };

    /// <summary>The width of the document's full lines: the 90th percentile of its lines' lengths, in characters.</summary>
    private static int FullLineWidth(List<SourceLine> lines)
    {
        var lengths = new List<int>(lines.Count);
        foreach (var line in lines)
            if (!line.IsBlank && !line.EndsInSpace) lengths.Add(line.Words.Length);
        if (lengths.Count == 0) return 0;
        lengths.Sort();
        return lengths[(int)(lengths.Count * 0.9)];
    }
}
