using System.Text;

namespace Lectern.Stages.Layout;

/// <summary>
/// The text of the page being rendered, in one growable buffer kept per thread and reused, so a page is
/// made without an intermediate string or stream and encoded to UTF-8 once, into an array of its exact size.
/// Every write is synchronous (like <see cref="StringWriter"/>): templates render into memory.
/// </summary>
public sealed class PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _buffer = new char[64 * 1024];
    private int _length;

    public override Encoding Encoding => Utf8;

    private byte[] _bytes = [];

    /// <summary>
    /// The page as UTF-8, in an array of its exact length: transcoded once into a reused buffer large enough
    /// for any text of this length, then copied (counting the bytes first was a second pass over the page)
    /// into an array the allocator does not clear first, since the copy fills all of it.
    /// </summary>
    public byte[] ToUtf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var most = Utf8.GetMaxByteCount(text.Length);
        if (_bytes.Length < most) _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        var length = Utf8.GetBytes(text, _bytes);
        var page = GC.AllocateUninitializedArray<byte>(length);
        _bytes.AsSpan(0, length).CopyTo(page);
        return page;
    }

    /// <summary>Empties the buffer for the next page, keeping its capacity.</summary>
    public void Clear() => _length = 0;

    public override void Write(char value)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_buffer.Length - _length < buffer.Length) Grow(buffer.Length);
        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    private void Grow(int needed)
    {
        var larger = new char[Math.Max(_buffer.Length * 2, _length + needed)];
        _buffer.AsSpan(0, _length).CopyTo(larger);
        _buffer = larger;
    }
}
