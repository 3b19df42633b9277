using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Some extractions put a blank line after every line; then blank lines say nothing about paragraphs
/// and are dropped, and a line starting with a single space (how such extractors show a new page) is
/// marked as following a page break. Otherwise blank lines are kept for the paragraph splitter.
/// The lines are dropped from the list given, the cleaner's working copy, not from a copy of it.
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
        var kept = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            lines[kept] = kept > 0 && lines[i].Indent == 1 ? lines[i].AfterPageBreak() : lines[i];
            kept++;
        }
        lines.RemoveRange(kept, lines.Count - kept);
        return (lines, false);
    }
}
