using System.Buffers;
using System.Text;

namespace Lectern.Stages.Layout;

/// <summary>UTF-8 bytes of a <see cref="StringBuilder"/>, without first making it one (possibly large) string.</summary>
public static class Utf8Text
{
    public static byte[] Encode(StringBuilder text)
    {
        var bytes = new ArrayBufferWriter<byte>(text.Length + text.Length / 8 + 16);
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in text.GetChunks())
            encoder.Convert(chunk.Span, bytes, flush: false, out _, out _);
        encoder.Convert(ReadOnlySpan<char>.Empty, bytes, flush: true, out _, out _);
        return bytes.WrittenSpan.ToArray();
    }
}
