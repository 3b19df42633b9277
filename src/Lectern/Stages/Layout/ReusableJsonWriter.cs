using System.Buffers;
using System.Text.Json;

namespace Lectern.Stages.Layout;

/// <summary>
/// A UTF-8 JSON writer and its buffer per thread, reused from document to document: documents are made in
/// parallel, and a fresh buffer per document would grow through copies every time.
/// </summary>
public sealed class ReusableJsonWriter(JsonWriterOptions options)
{
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)> _writers = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, options));
    });

    /// <summary>This thread's writer, emptied for a new document.</summary>
    public Utf8JsonWriter Start()
    {
        var (buffer, json) = _writers.Value;
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        return json;
    }

    /// <summary>The document written since <see cref="Start"/>, valid until this thread starts another.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        var (buffer, json) = _writers.Value;
        json.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>As <see cref="Finish"/>, with a line end after the document (for a file of its own).</summary>
    public ReadOnlySpan<byte> FinishLine()
    {
        var (buffer, json) = _writers.Value;
        json.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }
}
