using System.Buffers;
using System.Globalization;
using System.Net;
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
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = Encoder };

    public void Write(LayoutContext context, Reading reading, IOutputSink output)
    {
        if (reading.Enrichment.Notes.Count == 0) return;
        output.Write(reading.Slug + "/notes.jsonld", Json(context, reading));
    }

    /// <summary>The collection as indented UTF-8 JSON, written field by field (no document tree in between).</summary>
    private static ReadOnlySpan<byte> Json(LayoutContext context, Reading reading)
    {
        var page = context.Links.Absolute(context.Links.Reading(reading.Slug));
        // Written once per note each: escaped once per reading.
        var source = JsonEncodedText.Encode(page, Encoder);
        var language = JsonEncodedText.Encode(context.Site.Config.Language, Encoder);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteString(Names.Context, Values.AnnotationContext);
        json.WriteString(Names.Id, context.Links.Absolute(context.Links.NotesJsonLd(reading.Slug)));
        json.WriteString(Names.Type, Values.AnnotationCollection);
        json.WriteString(Names.Label, "Notes on " + reading.Title);
        json.WriteNumber(Names.Total, reading.Enrichment.Notes.Count);
        json.WriteStartObject(Names.First);
        json.WriteString(Names.Type, Values.AnnotationPage);
        json.WriteNumber(Names.StartIndex, 0);
        json.WriteStartArray(Names.Items);
        var notes = InNumberOrder(reading.Enrichment.Notes);
        for (var i = 0; i < notes.Count; i++)
            WriteNote(json, notes[i], page, source, language);
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

    private static void WriteNote(Utf8JsonWriter json, RenderedNote note, string page, JsonEncodedText source, JsonEncodedText language)
    {
        json.WriteStartObject();
        json.WritePropertyName(Names.Id);
        json.WriteStringValueSegment(page, isFinalSegment: false);
        json.WriteStringValueSegment("#", isFinalSegment: false);
        json.WriteStringValueSegment(note.Id, isFinalSegment: true);
        json.WriteString(Names.Type, Values.Annotation);
        json.WriteString(Names.Motivation, Values.Commenting);
        Span<char> label = stackalloc char[64];
        label.TryWrite(CultureInfo.InvariantCulture, $"Note {note.Number} (paragraph {note.Paragraph})", out var length);
        json.WriteString(Names.Label, label[..length]);
        json.WriteStartObject(Names.Body);
        json.WriteString(Names.Type, Values.TextualBody);
        json.WriteString(Names.Purpose, Values.Commenting);
        json.WriteString(Names.Format, Values.Html);
        json.WriteString(Names.Language, language);
        WriteBodyWithSources(json, note);
        json.WriteEndObject();
        json.WriteStartObject(Names.Target);
        json.WriteString(Names.Source, source);
        json.WriteStartObject(Names.Selector);
        json.WriteString(Names.Type, Values.TextQuoteSelector);
        json.WriteString(Names.Exact, note.Quote);
        json.WriteString(Names.Prefix, note.Prefix);
        json.WriteString(Names.Suffix, note.Suffix);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The note's HTML with its sources as links, so the annotation stands on its own: written to the
    /// JSON string in pieces rather than joined into a copy of the note first.
    /// </summary>
    private static void WriteBodyWithSources(Utf8JsonWriter json, RenderedNote note)
    {
        json.WritePropertyName(Names.Value);
        if (note.Sources.Count == 0)
        {
            json.WriteStringValueSegment(note.BodyHtml, isFinalSegment: true);
            return;
        }
        json.WriteStringValueSegment(note.BodyHtml, isFinalSegment: false);
        json.WriteStringValueSegment("\n<p>Sources: ", isFinalSegment: false);
        for (var i = 0; i < note.Sources.Count; i++)
        {
            var source = note.Sources[i];
            if (i > 0) json.WriteStringValueSegment("; ", isFinalSegment: false);
            var linked = !string.IsNullOrWhiteSpace(source.Url);
            if (linked)
            {
                json.WriteStringValueSegment("<a href=\"", isFinalSegment: false);
                json.WriteStringValueSegment(WebUtility.HtmlEncode(source.Url), isFinalSegment: false);
                json.WriteStringValueSegment("\">", isFinalSegment: false);
            }
            json.WriteStringValueSegment(WebUtility.HtmlEncode(source.Title), isFinalSegment: false);
            if (linked) json.WriteStringValueSegment("</a>", isFinalSegment: false);
        }
        json.WriteStringValueSegment(".</p>", isFinalSegment: true);
    }

    /// <summary>Property names and constant values escaped once, not on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Context = JsonEncodedText.Encode("@context", Encoder);
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id", Encoder);
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type", Encoder);
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label", Encoder);
        public static readonly JsonEncodedText Total = JsonEncodedText.Encode("total", Encoder);
        public static readonly JsonEncodedText First = JsonEncodedText.Encode("first", Encoder);
        public static readonly JsonEncodedText StartIndex = JsonEncodedText.Encode("startIndex", Encoder);
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items", Encoder);
        public static readonly JsonEncodedText Motivation = JsonEncodedText.Encode("motivation", Encoder);
        public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body", Encoder);
        public static readonly JsonEncodedText Purpose = JsonEncodedText.Encode("purpose", Encoder);
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format", Encoder);
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language", Encoder);
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target", Encoder);
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source", Encoder);
        public static readonly JsonEncodedText Selector = JsonEncodedText.Encode("selector", Encoder);
        public static readonly JsonEncodedText Exact = JsonEncodedText.Encode("exact", Encoder);
        public static readonly JsonEncodedText Prefix = JsonEncodedText.Encode("prefix", Encoder);
        public static readonly JsonEncodedText Suffix = JsonEncodedText.Encode("suffix", Encoder);
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value", Encoder);
    }

    private static class Values
    {
        public static readonly JsonEncodedText AnnotationContext = JsonEncodedText.Encode("http://www.w3.org/ns/anno.jsonld", Encoder);
        public static readonly JsonEncodedText AnnotationCollection = JsonEncodedText.Encode("AnnotationCollection", Encoder);
        public static readonly JsonEncodedText AnnotationPage = JsonEncodedText.Encode("AnnotationPage", Encoder);
        public static readonly JsonEncodedText Annotation = JsonEncodedText.Encode("Annotation", Encoder);
        public static readonly JsonEncodedText Commenting = JsonEncodedText.Encode("commenting", Encoder);
        public static readonly JsonEncodedText TextualBody = JsonEncodedText.Encode("TextualBody", Encoder);
        public static readonly JsonEncodedText Html = JsonEncodedText.Encode("text/html", Encoder);
        public static readonly JsonEncodedText TextQuoteSelector = JsonEncodedText.Encode("TextQuoteSelector", Encoder);
    }
}
