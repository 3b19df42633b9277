using System.Text;

namespace Lectern.Stages.Layout;

/// <summary>
/// The text of the page being rendered, in one growable buffer kept per thread and reused, so a page is
/// made without an intermediate string or stream and encoded to UTF-8 once, into a second reused buffer
/// that the page is written from.
/// Every write is synchronous (like <see cref="StringWriter"/>): templates render into memory.
/// </summary>
public sealed class PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _buffer = new char[64 * 1024];
    private int _length;

    public override Encoding Encoding => Utf8NoBom;

    private byte[] _bytes = [];

    /// <summary>The page as UTF-8 in a second buffer of this writer's, valid until the page is encoded again.</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        var text = _buffer.AsSpan(0, _length);
        var most = Utf8NoBom.GetMaxByteCount(text.Length);
        if (_bytes.Length < most) _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        return _bytes.AsSpan(0, Utf8NoBom.GetBytes(text, _bytes));
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
