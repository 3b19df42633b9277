using System.Globalization;
using Lectern.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Lectern.Stages.Clean.Pdf;

/// <summary>
/// Reads a PDF's text layer with PdfPig: every upright letter with its position, size and font, built into lines
/// in reading order by <see cref="LineBuilder"/>. What cannot be read faithfully is a coded error, never a guess:
/// a file that is not a PDF or is damaged, a password, more than <see cref="MaxPages"/> pages, pages without
/// text (scans: Lectern does no OCR), or letters the PDF gives no characters for (mojibake, if published).
/// </summary>
public static class PdfReader
{
    /// <summary>The most pages a reading takes: a report or a book chapter has tens; thousands are the wrong file.</summary>
    public const int MaxPages = 1000;

    /// <summary>Letters smaller than this (points) are no text a reader sees: hidden or invisible text is left out.</summary>
    public const double TinyPoints = 3;

    /// <summary>The share of a PDF's letters that may lack a character before its text counts as unreadable.</summary>
    private const double MaxUnreadableShare = 0.02;

    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>The PDF's lines, or null with one error naming <paramref name="displayPath"/>.</summary>
    public static PdfText? Read(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (!LooksLikePdf(bytes))
            return Fail(diagnostics, DiagnosticCodes.PdfNotPdf, displayPath, "the file is not a PDF (it has no %PDF- header); give a PDF, or the text extracted from one as source.txt");
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
                return Fail(diagnostics, DiagnosticCodes.PdfTooManyPages, displayPath,
                    $"the PDF has {document.NumberOfPages} pages; a reading takes at most {MaxPages}: split it into several readings");
            return ReadPages(document, displayPath, diagnostics);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Fail(diagnostics, DiagnosticCodes.PdfEncrypted, displayPath,
                "the PDF is protected by a password; save an unprotected copy (or extract its text into source.txt) and add that");
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                       or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException or OverflowException
                                       or EndOfStreamException or NotSupportedException)
        {
            return Fail(diagnostics, DiagnosticCodes.PdfDamaged, displayPath, $"the PDF is damaged and cannot be read ({ex.Message.TrimEnd('.')}); export it again from its source");
        }
    }

    private static PdfText? ReadPages(PdfDocument document, string displayPath, DiagnosticBag diagnostics)
    {
        var lines = new List<PdfLine>();
        var builder = new LineBuilder();
        int rotated = 0, tiny = 0, unreadable = 0, letters = 0;
        string? unreadableFont = null;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var unmapped = FontMaps.Unmapped(document, page);
            var glyphs = new List<Glyph>(page.Letters.Count);
            foreach (var letter in page.Letters)
            {
                if (letter.TextOrientation != TextOrientation.Horizontal) { rotated++; continue; }
                if (letter.PointSize < TinyPoints) { tiny++; continue; }
                // Words are told apart by the room between letters: Chromium writes a space glyph of no advance between
                // the syllables of a hyphenatable word, so a space letter says nothing.
                if (string.IsNullOrWhiteSpace(letter.Value)) continue;
                letters++;
                if (!Readable(letter.Value) || unmapped.Contains(letter.FontName ?? ""))
                {
                    unreadable++;
                    unreadableFont ??= letter.FontName;
                    continue;
                }
                glyphs.Add(new Glyph(letter.Value, letter.StartBaseLine.X, Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X), letter.StartBaseLine.Y,
                    Math.Round(letter.PointSize * 2) / 2, IsBold(letter)));
            }
            builder.AddPage(number, page.Width, glyphs, lines);
        }

        if (letters == 0)
            return Fail(diagnostics, DiagnosticCodes.PdfNoText, displayPath,
                "the PDF has no text layer (its pages are images, as a scan's are); Lectern does no OCR: run OCR first, or put the text into source.txt");
        if (unreadable > letters * MaxUnreadableShare)
            return Fail(diagnostics, DiagnosticCodes.PdfTextUnreadable, displayPath,
                string.Create(CultureInfo.InvariantCulture,
                    $"{unreadable} of {letters} letters have no character in the PDF's text layer (font {unreadableFont} has no ToUnicode map), so its text would be garbage; export the PDF again with embedded Unicode fonts, or put the text into source.txt"));
        return new PdfText(lines, document.NumberOfPages) { RotatedLetters = rotated, TinyLetters = tiny };
    }

    /// <summary>A letter's text is a character a reader can see: not a control character, a private-use code or U+FFFD.</summary>
    private static bool Readable(string value)
    {
        foreach (var c in value)
            if (char.IsControl(c) || c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF') return false;
        return true;
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true || letter.FontDetails?.Weight >= 600 || IsBoldName(letter.FontName);

    /// <summary>
    /// Whether a font's name names a bold weight: Bold, Black, Heavy, or Demi (Bookman-Demi and AvantGarde-Demi are the
    /// bold of their families, and name no weight a font descriptor would show), but not DemiLight.
    /// </summary>
    internal static bool IsBoldName(string? name) =>
        name is not null && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Demi", StringComparison.OrdinalIgnoreCase) && !name.Contains("DemiLight", StringComparison.OrdinalIgnoreCase));

    private static PdfText? Fail(DiagnosticBag diagnostics, string code, string path, string message)
    {
        diagnostics.Add(Diagnostic.Error(code, path, 1, 1, message));
        return null;
    }
}
