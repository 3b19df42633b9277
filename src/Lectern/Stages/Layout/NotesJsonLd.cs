using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// Writes <c>&lt;slug&gt;/notes.jsonld</c> for every reading with notes: the notes as a W3C Web Annotation
/// <c>AnnotationCollection</c>, each targeting the reading's canonical URL through a TextQuoteSelector, so
/// annotation tools (Hypothesis and others) can read and re-anchor them.
/// </summary>
public sealed class NotesJsonLd : IReadingPageGenerator
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IEnumerable<OutputFile> Generate(LayoutContext context, Reading reading)
    {
        if (reading.Enrichment.Notes.Count == 0) yield break;
        yield return OutputFile.Text(reading.Slug + "/notes.jsonld", Build(context, reading).ToJsonString(Options) + "\n");
    }

    public static JsonObject Build(LayoutContext context, Reading reading)
    {
        var page = context.Links.Absolute(context.Links.Reading(reading.Slug));
        var language = context.Site.Config.Language;
        var items = new JsonArray();
        foreach (var note in reading.Enrichment.Notes.OrderBy(n => n.Number))
        {
            items.Add((JsonNode)new JsonObject
            {
                ["id"] = page + "#" + note.Id,
                ["type"] = "Annotation",
                ["motivation"] = "commenting",
                ["label"] = $"Note {note.Number} (paragraph {note.Paragraph})",
                ["body"] = new JsonObject
                {
                    ["type"] = "TextualBody",
                    ["purpose"] = "commenting",
                    ["format"] = "text/html",
                    ["language"] = language,
                    ["value"] = BodyWithSources(note),
                },
                ["target"] = new JsonObject
                {
                    ["source"] = page,
                    ["selector"] = new JsonObject
                    {
                        ["type"] = "TextQuoteSelector",
                        ["exact"] = note.Quote,
                        ["prefix"] = note.Prefix,
                        ["suffix"] = note.Suffix,
                    },
                },
            });
        }

        return new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = context.Links.Absolute(context.Links.NotesJsonLd(reading.Slug)),
            ["type"] = "AnnotationCollection",
            ["label"] = "Notes on " + reading.Title,
            ["total"] = items.Count,
            ["first"] = new JsonObject
            {
                ["type"] = "AnnotationPage",
                ["startIndex"] = 0,
                ["items"] = items,
            },
        };
    }

    /// <summary>The note's HTML with its sources as links, so the annotation stands on its own.</summary>
    private static string BodyWithSources(RenderedNote note)
    {
        if (note.Sources.Count == 0) return note.BodyHtml;
        var sb = new StringBuilder(note.BodyHtml).Append("\n<p>Sources: ");
        for (var i = 0; i < note.Sources.Count; i++)
        {
            var source = note.Sources[i];
            if (i > 0) sb.Append("; ");
            var title = WebUtility.HtmlEncode(source.Title);
            sb.Append(string.IsNullOrWhiteSpace(source.Url) ? title : $"<a href=\"{WebUtility.HtmlEncode(source.Url)}\">{title}</a>");
        }
        return sb.Append(".</p>").ToString();
    }
}
