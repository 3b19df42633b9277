using System.Globalization;
using Lectern.Diagnostics;
using Lectern.Documents;

namespace Lectern.Stages.Clean;

/// <summary>The Clean stage: raw source text to structured, faithful clean text.</summary>
public static class CleanStage
{
    public static Reading Execute(Reading reading, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(reading.SourceText))
        {
            diagnostics.Add(EmptySource(reading.SourcePath));
            return reading;
        }

        var edits = ReadEdits(reading, diagnostics);
        var blockEdits = BlockKindCorrections.Read(reading, diagnostics);
        var result = reading.SourceLayout is { } layout
            ? Pdf.PdfCleaner.Clean(reading.SourceText, layout, edits, blockEdits)
            : TextCleaner.Clean(reading.SourceText, edits, blockEdits);
        foreach (var line in edits?.Unused ?? [])
            EditError(reading, diagnostics, DiagnosticCodes.ParagraphEditUnused,
                $"paragraphBreaks: line {line} does not begin a line of the report's body, so the correction does nothing; " +
                "use a line number of the body as the \"Source and cleanup notes\" page shows it, or remove it");
        BlockKindCorrections.ReportUnused(reading, blockEdits, diagnostics);
        if (result.FidelityError is { } mismatch)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FidelityMismatch, reading.SourcePath, result.FidelityLine, 1,
                $"cleanup changed the words of the source ({mismatch}); this is a Lectern bug, please report it with the file"));
        if (result.Text.Paragraphs.Count == 0)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoParagraphs, reading.SourcePath, 1, 1,
                "no paragraphs were found in the source text"));

        return reading with { Clean = result.Text };
    }

    /// <summary>The error for a source with no text (empty, or only white space).</summary>
    public static Diagnostic EmptySource(string path) =>
        Diagnostic.Error(DiagnosticCodes.SourceEmpty, path, 1, 1, "the source text is empty; paste the extracted report into it");

    /// <summary>The editor's paragraph-break corrections from reading.yml; a value that is not a line number is an error.</summary>
    private static ParagraphEdits? ReadEdits(Reading reading, DiagnosticBag diagnostics)
    {
        if (reading.Metadata.ParagraphBreaks is not { } spec) return null;
        var startsParagraph = new Dictionary<int, bool>();
        foreach (var (values, starts) in new[] { (spec.Add, true), (spec.Remove, false) })
            foreach (var value in values)
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var line) || line < 1)
                    EditError(reading, diagnostics, DiagnosticCodes.ParagraphEditInvalid,
                        $"paragraphBreaks: '{value}' is not a source line number; give the line numbers the \"Source and cleanup notes\" page shows");
                else if (!startsParagraph.TryAdd(line, starts) && startsParagraph[line] != starts)
                    EditError(reading, diagnostics, DiagnosticCodes.ParagraphEditInvalid,
                        $"paragraphBreaks: line {line} is both in 'add' and in 'remove'; keep it in one of them");
            }
        return new ParagraphEdits(startsParagraph);
    }

    private static void EditError(Reading reading, DiagnosticBag diagnostics, string code, string message)
    {
        var spec = reading.Metadata.ParagraphBreaks;
        diagnostics.Add(Diagnostic.Error(code, reading.MetadataPath, Math.Max(spec?.Line ?? 1, 1), Math.Max(spec?.Column ?? 1, 1), message));
    }
}
