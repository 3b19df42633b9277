using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>Turns a raw PDF extraction into title, dateline, paragraphs and end mark, recording every decision.</summary>
public static class TextCleaner
{
    public static CleanResult Clean(string raw)
    {
        var decisions = new List<CleanupDecision>();
        var allLines = InputNormalizer.ToLines(raw, decisions);
        var (lines, blankLinesSeparate) = BlankLineLayout.Apply(allLines, decisions);
        RecordPageBreaks(lines, blankLinesSeparate, decisions);

        var datelineIndex = lines.FindIndex(l => StructureFinder.Dateline().IsMatch(l.Text));
        var titleLines = datelineIndex > 0 ? lines.Take(datelineIndex).Where(l => !l.IsBlank).ToList() : [];
        var title = string.Join(" ", titleLines.Select(l => l.Text));
        if (titleLines.Count > 0)
            decisions.Add(new CleanupDecision(CleanupKind.TitleFound, titleLines[0].Number, title,
                $"{titleLines.Count} line(s) before the dateline"));

        var body = lines.Skip(Math.Max(datelineIndex, 0)).ToList();
        string? dateline = null;
        if (datelineIndex >= 0)
        {
            var first = body[0];
            var match = StructureFinder.Dateline().Match(first.Text);
            dateline = match.Groups["dateline"].Value;
            decisions.Add(new CleanupDecision(CleanupKind.DatelineFound, first.Number, dateline, "agency dateline: place, date (agency) --"));
            body[0] = first with { Text = first.Text[match.Length..] };
        }

        string? endMark = null;
        var lastIndex = body.FindLastIndex(l => !l.IsBlank);
        if (lastIndex >= 0 && StructureFinder.EndMark().Match(body[lastIndex].Text) is { Success: true } end)
        {
            endMark = "-0-";
            decisions.Add(new CleanupDecision(CleanupKind.EndMarkFound, body[lastIndex].Number, endMark, "the KCNA end mark closes the text"));
            body[lastIndex] = body[lastIndex] with { Text = body[lastIndex].Text[..end.Index] };
        }

        var paragraphs = ParagraphSplitter.Split(body, blankLinesSeparate)
            .Select(p => string.Join(" ", p.Select(l => l.Text).Where(t => t.Length > 0)))
            .Where(p => p.Length > 0)
            .ToList();

        var clean = new CleanText(title, dateline, paragraphs, endMark, new CleanupReport(decisions.OrderBy(d => d.Line).ToList()));
        var mismatch = FidelityCheck.Compare(allLines.Select(l => l.Text), clean);
        return new CleanResult(clean, mismatch);
    }

    private static void RecordPageBreaks(List<SourceLine> lines, bool blankLinesSeparate, List<CleanupDecision> decisions)
    {
        if (blankLinesSeparate) return;
        // The first line has nothing before it to continue, so its indent is not a break.
        foreach (var line in lines.Where(l => !l.IsBlank).Skip(1).Where(l => l.Indent > 0))
            decisions.Add(new CleanupDecision(CleanupKind.PageBreakJoined, line.Number, line.Text,
                "a line starting with a space marks a page break; its text continues the line before"));
    }
}

/// <summary>The cleaned text, and the first place where it differs from the source's words (null when faithful).</summary>
public sealed record CleanResult(CleanText Text, string? FidelityError);
