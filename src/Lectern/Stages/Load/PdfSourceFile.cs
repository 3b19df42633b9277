using System.Globalization;
using Lectern.Diagnostics;
using Lectern.Stages.Clean.Pdf;

namespace Lectern.Stages.Load;

/// <summary>Reads a reading's <c>source.pdf</c>: its bytes, read by <see cref="PdfReader"/> and written as text by <see cref="PdfSourceText"/>.</summary>
public static class PdfSourceFile
{
    /// <summary>The largest PDF a reading takes: a report of tens of pages with its fonts is a few megabytes.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The PDF's lines as text with their layout evidence, or null with one coded error.</summary>
    public static PdfSourceText? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceTooLarge, displayPath, 1, 1,
                string.Create(CultureInfo.InvariantCulture, $"the PDF is {length / 1048576.0:0.0} MB; a reading's PDF may be at most {MaxBytes / 1048576} MB: split it into several readings")));
            return null;
        }
        return PdfReader.Read(File.ReadAllBytes(path), displayPath, diagnostics) is { } pdf ? PdfSourceText.Of(pdf) : null;
    }
}
