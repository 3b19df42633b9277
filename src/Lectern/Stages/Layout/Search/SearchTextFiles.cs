using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lectern.Documents;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// Per reading: indexes its hits into the build's <see cref="SearchPostings"/> and writes their words, in files
/// of about <see cref="SearchFiles.TextFileChars"/> (<see cref="SearchFiles.Text"/>), for the results to show in context:
/// <c>{"t": reading title, "u": reading URL, "s": [section titles], "h": [[anchor, section, text], ...]}</c>.
/// </summary>
public sealed class SearchTextFiles : IReadingPageGenerator
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(LayoutContext context, Reading reading, IOutputSink output)
    {
        var hits = SearchHits.Of(reading);
        var perFile = SearchFiles.HitsPerTextFile(hits);
        context.SearchPostings.Add(reading.Slug, hits, perFile);
        for (var first = 0; first < hits.Count; first += perFile)
            output.Write(SearchFiles.Text(reading.Slug, first, perFile), Json(context, reading, hits, first, perFile));
    }

    private static ReadOnlySpan<byte> Json(LayoutContext context, Reading reading, List<SearchHits.Hit> hits, int first, int perFile)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString("t", reading.Title);
        json.WriteString("u", context.Links.Reading(reading.Slug));
        json.WriteStartArray("s");
        foreach (var section in reading.Enrichment.Sections) json.WriteStringValue(section.Title);
        json.WriteEndArray();
        json.WriteStartArray("h");
        for (var i = first; i < Math.Min(first + perFile, hits.Count); i++)
        {
            json.WriteStartArray();
            json.WriteStringValue(hits[i].Anchor);
            json.WriteNumberValue(hits[i].Section);
            json.WriteStringValue(hits[i].Text);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }
}
