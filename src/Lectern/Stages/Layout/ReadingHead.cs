using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lectern.Citations;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// The reading page's part of <c>&lt;head&gt;</c> (<c>page.head</c> in layout.liquid): <c>citation_*</c> tags
/// (Highwire Press, read by Zotero and Google Scholar), Open Graph, and a schema.org <c>NewsArticle</c> in
/// JSON-LD that <c>isBasedOn</c> the original publication.
/// </summary>
public static class ReadingHead
{
    // The default encoder escapes <, >, & and quotes as \uXXXX, so the JSON can never close its <script>.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    public sealed record MetaTag(string Name, string Property, string Content);

    public static LiquidObject Model(LayoutContext context, Reading reading)
    {
        var subject = CitationSubject.For(reading, context.Site.Config, context.Links);
        return new LiquidObject(2)
        {
            { "meta", MetaTags(context, reading, subject).Select(m => new LiquidObject(3) { { "name", m.Name }, { "property", m.Property }, { "content", m.Content } }) },
            { "json_ld", HtmlContent.Of(JsonLd(context, reading, subject)) },
        };
    }

    public static IEnumerable<MetaTag> MetaTags(LayoutContext context, Reading reading, CitationSubject subject)
    {
        var tags = new List<MetaTag>();
        void Name(string name, string? content) { if (!string.IsNullOrWhiteSpace(content)) tags.Add(new(name, "", content)); }
        void Property(string property, string? content) { if (!string.IsNullOrWhiteSpace(content)) tags.Add(new("", property, content)); }

        Name("citation_title", subject.Title);
        Name("citation_publisher", subject.Author);
        Name("citation_publication_date", subject.Date?.Replace('-', '/'));
        Name("citation_public_url", subject.ReadingUrl);
        Name("citation_fulltext_html_url", subject.ReadingUrl);
        Name("citation_language", context.Site.Config.Language);

        Property("og:type", "article");
        Property("og:title", reading.Title);
        Property("og:description", reading.Metadata.Summary);
        Property("og:url", subject.ReadingUrl);
        Property("og:site_name", context.Site.Config.Title);
        Property("article:published_time", reading.Metadata.Date ?? subject.Date);
        return tags;
    }

    public static string JsonLd(LayoutContext context, Reading reading, CitationSubject subject)
    {
        var source = reading.Metadata.Source;
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        String(json, "@context", "https://schema.org");
        String(json, "@type", "NewsArticle");
        String(json, "headline", reading.Title);
        String(json, "description", reading.Metadata.Summary);
        String(json, "url", subject.ReadingUrl);
        String(json, "mainEntityOfPage", subject.ReadingUrl);
        String(json, "inLanguage", context.Site.Config.Language);
        String(json, "datePublished", reading.Metadata.Date ?? subject.Date);
        Organization(json, "author", subject.Author);
        Organization(json, "publisher", context.Site.Config.Title);
        json.WriteStartObject("isPartOf");
        String(json, "@type", "WebSite");
        String(json, "name", context.Site.Config.Title);
        String(json, "url", context.Links.Absolute(context.Links.Home()));
        json.WriteEndObject();
        json.WriteStartObject("isBasedOn");
        String(json, "@type", "NewsArticle");
        String(json, "headline", source?.Title ?? subject.Title);
        String(json, "datePublished", source?.Date);
        String(json, "url", source?.Url);
        Organization(json, "publisher", source?.Publisher);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A member with a value; a missing or blank value leaves the member out.</summary>
    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json.WriteString(name, value);
    }

    private static void Organization(Utf8JsonWriter json, string name, string? organization)
    {
        if (string.IsNullOrWhiteSpace(organization)) return;
        json.WriteStartObject(name);
        json.WriteString("@type", "Organization");
        json.WriteString("name", organization);
        json.WriteEndObject();
    }
}
