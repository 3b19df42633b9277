using Lectern.Diagnostics;
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

    /// <summary>The cleaned PDF and the text its lines were written as, or null with one coded error.</summary>
    public static PdfCleanResult? Clean(byte[] bytes, string displayPath, DiagnosticBag diagnostics, ParagraphEdits? edits = null, BlockEdits? blockEdits = null)
    {
        if (PdfReader.Read(bytes, displayPath, diagnostics) is not { } pdf) return null;
        var source = PdfSourceText.Of(pdf);
        var result = TextCleaner.Clean(source.Text, edits, blockEdits);
        var decisions = new List<CleanupDecision>(result.Text.Report.Decisions.Count);
        foreach (var d in result.Text.Report.Decisions)
            decisions.Add(LayoutKinds.Contains(d.Kind) && source.Evidence(d.Line) is { } layout ? d with { Evidence = $"{d.Evidence} (PDF: {layout})" } : d);
        var clean = result.Text with { Report = new CleanupReport(decisions) };
        return new PdfCleanResult(result with { Text = clean }, source);
    }
}

/// <summary>A cleaned PDF: the result as a text's, and the text its lines were written as (the source listing's lines).</summary>
public sealed record PdfCleanResult(CleanResult Result, PdfSourceText Source);
