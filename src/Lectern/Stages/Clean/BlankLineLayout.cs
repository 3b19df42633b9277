using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>
/// Some extractions put a blank line after every line; then a single blank line says nothing about paragraphs.
/// Where such a text still sets paragraphs apart with a longer run of blank lines than the one between its lines
/// (an extractor that maps vertical space to blank lines shows paragraph spacing so), one blank line is kept in
/// place of each longer run and blank lines separate paragraphs; otherwise every blank line is dropped. A line
/// starting with a single space (how such extractors show a new page) is marked as following a page break.
/// Otherwise blank lines are kept for the paragraph splitter.
/// The lines kept are a new list: the list given may be the source's own lines, which stay as they are.
/// </summary>
public static class BlankLineLayout
{
    public static (List<SourceLine> Lines, bool BlankLinesSeparate) Apply(List<SourceLine> lines, List<CleanupDecision> decisions)
    {
        int textLines = 0, followedByBlank = 0, afterLongerRun = 0, run = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) { run++; continue; }
            textLines++;
            if (run >= 2 && textLines > 1) afterLongerRun++;
            run = 0;
            if (i + 1 < lines.Count && lines[i + 1].IsBlank) followedByBlank++;
        }
        if (textLines == 0 || followedByBlank < textLines * 0.75) return (lines, true);

        var first = lines.FirstOrDefault(l => !l.IsBlank);
        var spacedApart = afterLongerRun > 0;
        decisions.Add(new CleanupDecision(CleanupKind.BlankLinesDropped, first?.Number ?? 1, $"{followedByBlank} of {textLines} lines",
            spacedApart
                ? $"a blank line follows almost every line, so one blank line does not separate paragraphs; a longer run of blank lines does, and comes before {afterLongerRun} lines"
                : "a blank line follows almost every line, so blank lines do not separate paragraphs"));
        var kept = new List<SourceLine>(textLines + afterLongerRun);
        run = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) { run++; continue; }
            if (spacedApart && run >= 2 && kept.Count > 0) kept.Add(SourceLine.Blank(line.Number - 1));
            kept.Add(kept.Count > 0 && line.Indent == 1 ? line.AfterPageBreak() : line);
            run = 0;
        }
        return (kept, spacedApart);
    }
}
