using System.Text;

namespace Lectern.Markup;

/// <summary>
/// A text buffer and a byte buffer per thread, reused from one use to the next, in the manner of Markdig's
/// <c>StringBuilderCache</c>. For what is made whole and handed on before the thread makes the next one (a
/// page): a page as one string and one array of its own would put two large-object-heap arrays per page on
/// the collector. A use must not start another on the same thread before it is done with the buffers.
/// </summary>
public static class ScratchBuffers
{
    [ThreadStatic] private static StringBuilder? t_text;
    [ThreadStatic] private static byte[]? t_bytes;

    /// <summary>This thread's text buffer, empty.</summary>
    public static StringBuilder Text() => (t_text ??= new StringBuilder(64 * 1024)).Clear();

    /// <summary>
    /// <paramref name="text"/> as UTF-8 in this thread's byte buffer, valid until the thread encodes again. It is
    /// encoded chunk by chunk, so a text of several chunks is never copied into one string first.
    /// </summary>
    public static ReadOnlySpan<byte> Utf8(StringBuilder text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (t_bytes is not { } bytes || bytes.Length < most) t_bytes = bytes = new byte[Math.Max(most, 2 * (t_bytes?.Length ?? 0))];
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks()) length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        return bytes.AsSpan(0, length + encoder.GetBytes([], bytes.AsSpan(length), flush: true));
    }
}
