using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Default };

    public sealed record MetaTag(string Name, string Property, string Content);

    public static object Model(LayoutContext context, Reading reading)
    {
        var subject = CitationSubject.For(reading, context.Site.Config, context.Links);
        return new
        {
            meta = MetaTags(context, reading, subject).Select(m => new { name = m.Name, property = m.Property, content = m.Content }).ToList(),
            json_ld = JsonLd(context, reading, subject),
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
        var original = Object(
            ("@type", "NewsArticle"),
            ("headline", source?.Title ?? subject.Title),
            ("datePublished", source?.Date),
            ("url", source?.Url),
            ("publisher", Organization(source?.Publisher)));

        var article = Object(
            ("@context", "https://schema.org"),
            ("@type", "NewsArticle"),
            ("headline", reading.Title),
            ("description", reading.Metadata.Summary),
            ("url", subject.ReadingUrl),
            ("mainEntityOfPage", subject.ReadingUrl),
            ("inLanguage", context.Site.Config.Language),
            ("datePublished", reading.Metadata.Date ?? subject.Date),
            ("author", Organization(subject.Author)),
            ("publisher", Organization(context.Site.Config.Title)),
            ("isPartOf", Object(("@type", "WebSite"), ("name", context.Site.Config.Title), ("url", context.Links.Absolute(context.Links.Home())))),
            ("isBasedOn", original));
        return article.ToJsonString(Json);
    }

    private static JsonObject? Organization(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Object(("@type", "Organization"), ("name", name));

    /// <summary>A JSON object of the members that have a value, in the order given.</summary>
    private static JsonObject Object(params (string Name, object? Value)[] members)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in members)
        {
            switch (value)
            {
                case null: break;
                case string s when string.IsNullOrWhiteSpace(s): break;
                case string s: obj[name] = s; break;
                case JsonNode node: obj[name] = node; break;
            }
        }
        return obj;
    }
}
