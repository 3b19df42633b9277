using System.Buffers;
using System.Text;
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
    public static T ParseText<T>(string path, TextParser<T> parse)
    {
        using var bytes = PooledBytes.Read(path);
        // A UTF-16 or UTF-32 byte order mark (or bytes that only look like one): File.ReadAllText's detection decides.
        if (!bytes.IsUtf8) return parse(File.ReadAllText(path));
        var chars = DecodeRented(bytes, out var length);
        try
        {
            return parse(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The file's text as a reader over a pooled buffer, decoded as a <see cref="StreamReader"/> with UTF-8 and
    /// byte order mark detection decodes it (that reader itself when the file starts like UTF-16 or UTF-32).
    /// </summary>
    public static TextReader OpenText(string path)
    {
        using var bytes = PooledBytes.Read(path);
        if (!bytes.IsUtf8) return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var chars = DecodeRented(bytes, out var length);
        return new PooledTextReader(chars, length);
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

    /// <summary>A reader of text decoded into a rented buffer, returned on dispose.</summary>
    private sealed class PooledTextReader(char[] buffer, int length) : TextReader
    {
        private char[]? _buffer = buffer;
        private int _at;

        private char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledTextReader));

        public override int Peek() => _at < length ? Buffer[_at] : -1;

        public override int Read() => _at < length ? Buffer[_at++] : -1;

        public override int Read(char[] destination, int index, int count) => Read(destination.AsSpan(index, count));

        public override int Read(Span<char> destination)
        {
            var count = Math.Min(destination.Length, length - _at);
            Buffer.AsSpan(_at, count).CopyTo(destination);
            _at += count;
            return count;
        }

        protected override void Dispose(bool disposing)
        {
            if (_buffer is { } rented) ArrayPool<char>.Shared.Return(rented);
            _buffer = null;
            base.Dispose(disposing);
        }
    }
}
