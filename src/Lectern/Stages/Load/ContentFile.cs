using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Lectern.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Lectern.Stages.Load;

/// <summary>
/// Reads editors' files into buffers rented from the shared pools: their bytes are only decoded, and their
/// text only parsed, so neither needs an array of its own per file.
/// </summary>
public static class ContentFile
{
    public delegate T TextParser<out T>(ReadOnlySpan<char> text);

    /// <summary>The file's text, as <see cref="File.ReadAllText(string)"/> reads it, handed to <paramref name="parse"/> in a pooled buffer.</summary>
    public static T ParseText<T>(string path, TextParser<T> parse) => ReadText(path, text => parse(text.Span));

    /// <summary>
    /// The file's text, as <see cref="File.ReadAllText(string)"/> reads it, handed to <paramref name="read"/> in a
    /// pooled buffer, which is returned to the pool when <paramref name="read"/> returns.
    /// </summary>
    public static T ReadText<T>(string path, Func<ReadOnlyMemory<char>, T> read)
    {
        using var bytes = PooledBytes.Read(path);
        // A UTF-16 or UTF-32 byte order mark (or bytes that only look like one): File.ReadAllText's detection decides.
        if (!bytes.IsUtf8) return read(File.ReadAllText(path).AsMemory());
        return ReadDecoded(bytes, read);
    }

    /// <summary>
    /// As <see cref="ReadText{T}(string, Func{ReadOnlyMemory{char}, T})"/>, for a file an editor writes: bytes that are not
    /// UTF-8 (Latin-1 or Windows-1252 text, say) would silently become U+FFFD, so they are an error naming the first such
    /// byte and its position, and <paramref name="invalid"/> is returned.
    /// </summary>
    public static T ReadText<T>(string path, string display, DiagnosticBag diagnostics, Func<ReadOnlyMemory<char>, T> read, T invalid)
    {
        using var bytes = PooledBytes.Read(path);
        if (!bytes.IsUtf8) return read(File.ReadAllText(path).AsMemory());
        var text = bytes.Utf8Text;
        if (FirstInvalidUtf8(text) is { } bad)
        {
            var bom = bytes.Span.Length - text.Length;
            diagnostics.Add(SourceFileReader.NotUtf8(bytes.Span, bad + bom, display));
            return invalid;
        }
        return ReadDecoded(bytes, read);
    }

    /// <summary>The offset of the first byte of <paramref name="utf8"/> that is not part of a valid UTF-8 sequence, or null.</summary>
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8)) return null;
        Span<char> scratch = stackalloc char[1024];
        var at = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(utf8[at..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            at += read;
            if (status != OperationStatus.DestinationTooSmall) return at;
        }
    }

    private static T ReadDecoded<T>(PooledBytes bytes, Func<ReadOnlyMemory<char>, T> read)
    {
        var chars = DecodeRented(bytes, out var length);
        try
        {
            return read(chars.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The UTF-8 text decoded into a buffer rented from the shared pool (invalid bytes become U+FFFD).</summary>
    private static char[] DecodeRented(PooledBytes bytes, out int length)
    {
        var text = bytes.Utf8Text;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(text.Length)));
        length = Encoding.UTF8.GetChars(text, chars);
        return chars;
    }

    /// <summary>A whole file's bytes in a rented buffer, returned on dispose.</summary>
    public readonly struct PooledBytes : IDisposable
    {
        private readonly byte[] _buffer;
        private readonly int _length;

        private PooledBytes(byte[] buffer, int length) => (_buffer, _length) = (buffer, length);

        public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

        /// <summary>False for a file starting with a UTF-16 or UTF-32 byte order mark, or with bytes that look like one.</summary>
        public bool IsUtf8 => !(_length >= 2 && _buffer[0] is 0xFE or 0xFF or 0x00);

        /// <summary>The bytes after a UTF-8 byte order mark, if there is one.</summary>
        public ReadOnlySpan<byte> Utf8Text => Span.StartsWith("\uFEFF"u8) ? Span[3..] : Span;

        public static PooledBytes Read(string path)
        {
            using var file = File.OpenHandle(path);
            return Read(file, RandomAccess.GetLength(file));
        }

        public static PooledBytes Read(SafeFileHandle file, long length)
        {
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            int read = 0, chunk;
            while (read < length && (chunk = RandomAccess.Read(file, buffer.AsSpan(read, (int)length - read), read)) > 0) read += chunk;
            return new PooledBytes(buffer, read);
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
