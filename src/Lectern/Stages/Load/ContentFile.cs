using Lectern.Diagnostics;

namespace Lectern.Stages.Load;

/// <summary>Reads a file an editor writes (YAML), decoded as <see cref="File.ReadAllText(string)"/> decodes it.</summary>
public static class ContentFile
{
    /// <summary>
    /// The file's text. Bytes that are not UTF-8 (Latin-1 or Windows-1252 text, say) would silently become U+FFFD,
    /// so they are an error naming the first such byte and its position, and the result is null.
    /// </summary>
    public static string? ReadText(string path, string display, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        // A UTF-16 or UTF-32 byte order mark (or bytes that only look like one): File.ReadAllText's detection decides.
        if (bytes is [0xFE or 0xFF or 0x00, _, ..]) return File.ReadAllText(path);
        return SourceFileReader.DecodeUtf8(bytes, bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0, display, diagnostics);
    }
}
