using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// Writes <c>&lt;slug&gt;/notes.jsonld</c> for every reading with notes: the notes as a W3C Web Annotation
/// <c>AnnotationCollection</c>, each targeting the reading's canonical URL through a TextQuoteSelector, so
/// annotation tools (Hypothesis and others) can read and re-anchor them.
/// </summary>
public sealed class NotesJsonLd : IReadingPageGenerator
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(LayoutContext context, Reading reading, IOutputSink output)
    {
        if (reading.Enrichment.Notes.Count == 0) return;
        output.Write(reading.Slug + "/notes.jsonld", Json(context, reading));
    }

    /// <summary>The collection as indented UTF-8 JSON, written field by field (no document tree in between).</summary>
    private static ReadOnlySpan<byte> Json(LayoutContext context, Reading reading)
    {
        var page = context.Links.Absolute(context.Links.Reading(reading.Slug));
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString("@context", "http://www.w3.org/ns/anno.jsonld");
        json.WriteString("id", context.Links.Absolute(context.Links.NotesJsonLd(reading.Slug)));
        json.WriteString("type", "AnnotationCollection");
        json.WriteString("label", "Notes on " + reading.Title);
        json.WriteNumber("total", reading.Enrichment.Notes.Count);
        json.WriteStartObject("first");
        json.WriteString("type", "AnnotationPage");
        json.WriteNumber("startIndex", 0);
        json.WriteStartArray("items");
        foreach (var note in InNumberOrder(reading.Enrichment.Notes))
            WriteNote(json, note, page, context.Site.Config.Language);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }

    /// <summary>The notes by number: as the Notes pass lists them, so usually without sorting a copy.</summary>
    private static IReadOnlyList<RenderedNote> InNumberOrder(IReadOnlyList<RenderedNote> notes)
    {
        for (var i = 1; i < notes.Count; i++)
            if (notes[i - 1].Number > notes[i].Number) return notes.OrderBy(n => n.Number).ToList();
        return notes;
    }

    private static void WriteNote(Utf8JsonWriter json, RenderedNote note, string page, string language)
    {
        json.WriteStartObject();
        json.WriteString("id", page + "#" + note.Id);
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "commenting");
        json.WriteString("label", string.Create(CultureInfo.InvariantCulture, $"Note {note.Number} (paragraph {note.Paragraph})"));
        json.WriteStartObject("body");
        json.WriteString("type", "TextualBody");
        json.WriteString("purpose", "commenting");
        json.WriteString("format", "text/html");
        json.WriteString("language", language);
        json.WriteString("value", BodyWithSources(note));
        json.WriteEndObject();
        json.WriteStartObject("target");
        json.WriteString("source", page);
        json.WriteStartObject("selector");
        json.WriteString("type", "TextQuoteSelector");
        json.WriteString("exact", note.Quote);
        json.WriteString("prefix", note.Prefix);
        json.WriteString("suffix", note.Suffix);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The note's HTML with its sources as links, so the annotation stands on its own.</summary>
    private static string BodyWithSources(RenderedNote note)
    {
        if (note.Sources.Count == 0) return note.BodyHtml;
        var html = new StringBuilder(note.BodyHtml).Append("\n<p>Sources: ");
        for (var i = 0; i < note.Sources.Count; i++)
        {
            var source = note.Sources[i];
            if (i > 0) html.Append("; ");
            var linked = !string.IsNullOrWhiteSpace(source.Url);
            if (linked) html.Append("<a href=\"").Append(WebUtility.HtmlEncode(source.Url)).Append("\">");
            html.Append(WebUtility.HtmlEncode(source.Title));
            if (linked) html.Append("</a>");
        }
        return html.Append(".</p>").ToString();
    }
}
