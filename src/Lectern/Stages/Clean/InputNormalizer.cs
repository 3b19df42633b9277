using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>Splits raw text into lines: unifies line ends, folds no-break spaces and tabs, drops soft hyphens.</summary>
public static class InputNormalizer
{
    public static List<SourceLine> ToLines(string raw, List<CleanupDecision> decisions)
    {
        var text = raw.StartsWith('\uFEFF') ? raw[1..] : raw;
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            number++;
            var line = rawLine;
            if (line.Contains('\f'))
            {
                decisions.Add(new CleanupDecision(CleanupKind.PageBreakJoined, number, "form feed", "a form feed marks a page break"));
                line = line.Replace("\f", "");
            }
            if (line.Contains('\u00AD'))
            {
                decisions.Add(new CleanupDecision(CleanupKind.CharacterNormalized, number, "soft hyphen", "soft hyphens are invisible break hints"));
                line = line.Replace("\u00AD", "");
            }
            line = line.Replace('\u00A0', ' ').Replace('\t', ' ').TrimEnd();
            var trimmed = line.TrimStart();
            lines.Add(new SourceLine(number, trimmed, line.Length - trimmed.Length));
        }
        return lines;
    }
}
