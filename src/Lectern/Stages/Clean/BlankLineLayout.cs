using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Some extractions put a blank line after every line; then blank lines say nothing about paragraphs
/// and are dropped. Otherwise they are kept as paragraph separators.
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

        decisions.Add(new CleanupDecision(CleanupKind.BlankLinesDropped, 1, $"{followedByBlank} of {textLines} lines",
            "a blank line follows almost every line, so blank lines do not separate paragraphs"));
        return (lines.Where(l => !l.IsBlank).ToList(), false);
    }
}
