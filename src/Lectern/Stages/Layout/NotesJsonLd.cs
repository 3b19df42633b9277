using System.Globalization;
using System.Net;
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
    private static readonly ReusableJsonWriter Writer = new(new JsonWriterOptions
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public IEnumerable<OutputFile> Generate(LayoutContext context, Reading reading)
    {
        if (reading.Enrichment.Notes.Count == 0) yield break;
        yield return new OutputFile(reading.Slug + "/notes.jsonld", Write(context, reading));
    }

    /// <summary>The collection as indented UTF-8 JSON, written field by field (no document tree in between).</summary>
    private static byte[] Write(LayoutContext context, Reading reading)
    {
        var page = context.Links.Absolute(context.Links.Reading(reading.Slug));
        var language = context.Site.Config.Language;
        var json = Writer.Start();
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
        foreach (var note in reading.Enrichment.Notes.OrderBy(n => n.Number))
            WriteNote(json, note, page, language);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        var written = Writer.Finish();
        var file = new byte[written.Length + 1];
        written.CopyTo(file);
        file[^1] = (byte)'\n';
        return file;
    }

    private static void WriteNote(Utf8JsonWriter json, RenderedNote note, string page, string language)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteStringValueSegment(page, isFinalSegment: false);
        json.WriteStringValueSegment("#", isFinalSegment: false);
        json.WriteStringValueSegment(note.Id, isFinalSegment: true);
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "commenting");
        Span<char> label = stackalloc char[64];
        label.TryWrite(CultureInfo.InvariantCulture, $"Note {note.Number} (paragraph {note.Paragraph})", out var length);
        json.WriteString("label", label[..length]);
        json.WriteStartObject("body");
        json.WriteString("type", "TextualBody");
        json.WriteString("purpose", "commenting");
        json.WriteString("format", "text/html");
        json.WriteString("language", language);
        WriteBodyWithSources(json, note);
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

    /// <summary>
    /// The note's HTML with its sources as links, so the annotation stands on its own: written to the
    /// JSON string in pieces rather than joined into a copy of the note first.
    /// </summary>
    private static void WriteBodyWithSources(Utf8JsonWriter json, RenderedNote note)
    {
        json.WritePropertyName("value");
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
}
