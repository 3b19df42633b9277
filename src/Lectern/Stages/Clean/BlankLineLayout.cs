using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Some extractions put a blank line after every line; then blank lines say nothing about paragraphs
/// and are dropped, and a line starting with a single space (how such extractors show a new page) is
/// marked as following a page break. Otherwise blank lines are kept for the paragraph splitter.
/// The lines kept are a new list: the list given may be the source's own lines, which stay as they are.
/// </summary>
public static class BlankLineLayout
{
    public static (List<SourceLine> Lines, bool BlankLinesSeparate) Apply(List<SourceLine> lines, List<CleanupDecision> decisions)
    {
        int textLines = 0, followedByBlank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            textLines++;
            if (i + 1 < lines.Count && lines[i + 1].IsBlank) followedByBlank++;
        }
        if (textLines == 0 || followedByBlank < textLines * 0.75) return (lines, true);

        var first = lines.FirstOrDefault(l => !l.IsBlank);
        decisions.Add(new CleanupDecision(CleanupKind.BlankLinesDropped, first?.Number ?? 1, $"{followedByBlank} of {textLines} lines",
            "a blank line follows almost every line, so blank lines do not separate paragraphs"));
        var kept = new List<SourceLine>(textLines);
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            kept.Add(kept.Count > 0 && line.Indent == 1 ? line.AfterPageBreak() : line);
        }
        return (kept, false);
    }
}
