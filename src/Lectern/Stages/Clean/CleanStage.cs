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
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceEmpty, reading.SourcePath, 1, 1,
                "the source text is empty; paste the extracted report into it"));
            return reading;
        }

        var result = TextCleaner.Clean(reading.SourceText);
        if (result.FidelityError is { } mismatch)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FidelityMismatch, reading.SourcePath, result.FidelityLine, 1,
                $"cleanup changed the words of the source ({mismatch}); this is a Lectern bug, please report it with the file"));
        if (result.Text.Paragraphs.Count == 0)
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoParagraphs, reading.SourcePath, 1, 1,
                "no paragraphs were found in the source text"));

        return reading with { Clean = result.Text };
    }
}
