using System.Globalization;
using System.Text;
using Lectern.Diagnostics;

namespace Lectern.Stages.Load;

/// <summary>
/// Reads a source text. UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is decoded.
/// Anything else is a positioned error rather than a guess: a wrong guess (Latin-1 for Windows-1252,
/// say) would silently change the source's characters, and the reading promises its exact text.
/// </summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The largest source a reading takes. A news report is tens of kilobytes and a book a few megabytes;
    /// a larger file is almost always the wrong file, and one page of that size would not serve readers.
    /// </summary>
    public const long MaxSourceBytes = 8 * 1024 * 1024;

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxSourceBytes)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceTooLarge, displayPath, 1, 1,
                string.Create(CultureInfo.InvariantCulture, $"the source is {length / 1048576.0:0.0} MB; a reading's source may be at most {MaxSourceBytes / 1048576} MB: split it into several readings")));
            return null;
        }

        return Decode(File.ReadAllBytes(path), displayPath, diagnostics);
    }

    /// <summary>Decodes <paramref name="bytes"/>; on failure adds one positioned error and returns null.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return DecodeUtf16(bytes, displayPath, diagnostics);

        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var nul = bytes[start..].IndexOf((byte)0);
        if (nul >= 0) nul += start;
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceBinary, displayPath, line, column,
                LooksLikeUtf16WithoutBom(bytes)
                    ? $"the file looks like UTF-16 without a byte order mark (NUL byte at offset {nul}); save it as UTF-8"
                    : $"the file is not text: it has a NUL byte at offset {nul}; put the text extracted from the PDF here, saved as UTF-8"));
            return null;
        }

        return DecodeUtf8(bytes, start, displayPath, diagnostics);
    }

    /// <summary>
    /// The UTF-8 <paramref name="bytes"/> from <paramref name="start"/> decoded; on a byte that is not UTF-8, one error
    /// naming the byte and where it is, and null.
    /// </summary>
    internal static string? DecodeUtf8(ReadOnlySpan<byte> bytes, int start, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Clamp(Math.Max(ex.Index, 0) + start, 0, bytes.Length - 1);
            var (line, column) = Position(bytes, offset);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceEncoding, displayPath, line, column,
                string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8: the byte at offset {offset} is 0x{bytes[offset]:X2}{Guess(bytes[offset])}; ") +
                "save it as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)"));
            return null;
        }
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var encoding = bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be;
        try
        {
            var text = encoding.GetString(bytes[2..]);
            var nul = text.IndexOf('\0');
            if (nul < 0) return text;
            var (line, column) = Position(text, nul);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceBinary, displayPath, line, column,
                "the file is not text: it has a NUL character; put the text extracted from the PDF here, saved as UTF-8"));
        }
        catch (DecoderFallbackException)
        {
            var lenient = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
            var (line, column) = Position(lenient, lenient.IndexOf('\uFFFD'));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceEncoding, displayPath, line, column,
                "the file starts like UTF-16 but is not valid UTF-16 here (a broken surrogate pair or an odd length); save it as UTF-8"));
        }
        return null;
    }

    /// <summary>A byte that is a common letter in Windows-1252 is named, so the editor sees which character it was.</summary>
    private static string Guess(byte b) =>
        b >= 0xA0 ? $" ('{Encoding.Latin1.GetString([b])}' in Latin-1/Windows-1252)" :
        b is >= 0x80 and <= 0x9F ? " (a Windows-1252 punctuation byte such as a curly quote or dash)" : "";

    /// <summary>Most odd or most even bytes NUL: ASCII text stored as UTF-16.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 4) return false;
        int even = 0, odd = 0;
        for (var i = 0; i < sample; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        return Math.Max(even, odd) > sample / 4 && Math.Min(even, odd) < sample / 50 + 1;
    }

    /// <summary>1-based line and column (in characters) of byte <paramref name="offset"/> of UTF-8 bytes.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }
}
