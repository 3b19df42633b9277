using System.Text;
using Lectern.Diagnostics;

namespace Lectern.Stages.Load;

/// <summary>Reads a source text as UTF-8 (with or without BOM); other encodings are a positioned error.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(ex.Index, 0) + start;
            var (line, column) = Position(bytes, offset);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SourceEncoding, displayPath, line, column,
                $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2}); save it as UTF-8"));
            return null;
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
