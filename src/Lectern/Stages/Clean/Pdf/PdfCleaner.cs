using Lectern.Documents;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Cleans a PDF: <see cref="PdfReader"/> reads its lines, <see cref="PdfSourceText"/> writes them as text with
/// what the layout showed, and <see cref="TextCleaner"/> makes the same decisions it makes for a text, so a PDF
/// gives the same clean text, blocks and report, and <see cref="FidelityCheck"/> proves the blocks keep the
/// PDF's words in order. Each decision that depends on layout also names the line's page, font and spacing.
/// </summary>
public static class PdfCleaner
{
    /// <summary>The decisions that layout evidence bears on; the others (a character, a hyphen) are about the text.</summary>
    private static readonly HashSet<CleanupKind> LayoutKinds =
    [
        CleanupKind.ParagraphBreak, CleanupKind.ParagraphContinued, CleanupKind.PageBreakJoined, CleanupKind.HeadingFound,
        CleanupKind.ListItemFound, CleanupKind.TitleFound, CleanupKind.FurnitureRemoved, CleanupKind.FurnitureKept,
    ];

    /// <summary>The cleaned PDF, from its lines written as text.</summary>
    public static CleanResult Clean(PdfSourceText source, ParagraphEdits? edits = null, BlockEdits? blockEdits = null) =>
        Clean(source.Text, source.Layout, edits, blockEdits);

    /// <summary>The cleaned PDF, from its lines written as <paramref name="text"/> and what its layout showed at them.</summary>
    public static CleanResult Clean(string text, SourceLayout layout, ParagraphEdits? edits = null, BlockEdits? blockEdits = null)
    {
        var result = TextCleaner.Clean(text, edits, blockEdits, layout.BlockStarts, layout);
        var lines = layout.Lines;
        var decisions = new List<CleanupDecision>(result.Text.Report.Decisions.Count);
        foreach (var d in result.Text.Report.Decisions)
            decisions.Add(LayoutKinds.Contains(d.Kind) && d.Line < lines.Count && lines[d.Line] is { } shown
                ? d with { Evidence = $"{d.Evidence} (PDF: {shown})" }
                : d);
        return result with { Text = result.Text with { Report = new CleanupReport(decisions) } };
    }
}
