using System.Text;

namespace Lectern.Cli.Serving;

/// <summary>
/// Passes an HTML page through to <paramref name="inner"/> as it is written, adding the preview's reload tags
/// before the first <c>&lt;/head&gt;</c> (in any case), or at the end when there is none. It holds back at most
/// the few bytes that may begin <c>&lt;/head&gt;</c> at the end of a write, so a page of any size is never
/// in memory as a whole; the page grows by exactly <see cref="TagBytes"/>, which the Content-Length counts.
/// Whether the response is a page at all is asked at the first write (or the end), when its headers are set:
/// anything else passes through unchanged.
/// </summary>
public sealed class ReloadTagStream(Stream inner, Func<bool> isPage) : Stream
{
    public static readonly byte[] TagBytes = Encoding.UTF8.GetBytes(ReloadScriptInjector.Tags);

    private static ReadOnlySpan<byte> HeadEnd => "</head>"u8;

    /// <summary>The end of the last write, held back as it may be the start of <c>&lt;/head&gt;</c>.</summary>
    private readonly byte[] _held = new byte[HeadEnd.Length];
    private int _heldCount;
    private bool _added;
    private bool? _page;

    /// <summary>True once the tags are written, or when the response is not a page: what is written then passes through.</summary>
    private bool PassThrough => _added || !(_page ??= isPage());

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancel = default)
    {
        if (PassThrough)
        {
            await inner.WriteAsync(data, cancel);
            return;
        }
        if (_heldCount > 0)
        {
            var needed = HeadEnd.Length - _heldCount;
            var next = data[..Math.Min(needed, data.Length)];
            if (StartsLikeHeadEnd(next.Span, _heldCount))
            {
                next.Span.CopyTo(_held.AsSpan(_heldCount));
                _heldCount += next.Length;
                if (next.Length < needed) return;
                await AddTagsAsync(cancel);
                await inner.WriteAsync(data[next.Length..], cancel);
                return;
            }
            // The held bytes are "<" and letters of "/head": no "</head>" starts inside them but at their first.
            await inner.WriteAsync(_held.AsMemory(0, _heldCount), cancel);
            _heldCount = 0;
        }

        var (found, partial) = Find(data.Span);
        if (found >= 0)
        {
            await inner.WriteAsync(data[..found], cancel);
            data[found..(found + HeadEnd.Length)].CopyTo(_held);
            _heldCount = HeadEnd.Length;
            await AddTagsAsync(cancel);
            await inner.WriteAsync(data[(found + HeadEnd.Length)..], cancel);
            return;
        }
        var keep = partial >= 0 ? partial : data.Length;
        await inner.WriteAsync(data[..keep], cancel);
        data[keep..].CopyTo(_held);
        _heldCount = data.Length - keep;
    }

    /// <summary>Ends the page: a page without <c>&lt;/head&gt;</c> gets the tags at its end.</summary>
    public async Task FinishAsync(CancellationToken cancel)
    {
        if (PassThrough) return;
        await inner.WriteAsync(_held.AsMemory(0, _heldCount), cancel);
        _heldCount = 0;
        await inner.WriteAsync(TagBytes, cancel);
        _added = true;
    }

    /// <summary>Writes the tags, then the held <c>&lt;/head&gt;</c>.</summary>
    private async Task AddTagsAsync(CancellationToken cancel)
    {
        await inner.WriteAsync(TagBytes, cancel);
        await inner.WriteAsync(_held.AsMemory(0, _heldCount), cancel);
        _heldCount = 0;
        _added = true;
    }

    /// <summary>Where <c>&lt;/head&gt;</c> starts in <paramref name="data"/>, or where a start of it ends the data (else -1).</summary>
    private static (int Found, int Partial) Find(ReadOnlySpan<byte> data)
    {
        for (var at = data.IndexOf((byte)'<'); at >= 0;)
        {
            var rest = data[at..];
            if (StartsLikeHeadEnd(rest[..Math.Min(rest.Length, HeadEnd.Length)], 0))
                return rest.Length >= HeadEnd.Length ? (at, -1) : (-1, at);
            var next = data[(at + 1)..].IndexOf((byte)'<');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return (-1, -1);
    }

    /// <summary>Whether <paramref name="bytes"/> are the bytes of <c>&lt;/head&gt;</c> from <paramref name="offset"/> on, in any case.</summary>
    private static bool StartsLikeHeadEnd(ReadOnlySpan<byte> bytes, int offset)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if ((b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b) != HeadEnd[offset + i]) return false;
        }
        return true;
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancel) =>
        WriteAsync(buffer.AsMemory(offset, count), cancel).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancel) => inner.FlushAsync(cancel);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
