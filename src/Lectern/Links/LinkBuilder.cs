namespace Lectern.Links;

/// <summary>
/// Builds every URL Lectern writes, so the base path (a GitHub Pages project site lives under
/// <c>/&lt;repository&gt;/</c>) is applied in exactly one place.
/// </summary>
public sealed class LinkBuilder
{
    public LinkBuilder(string? basePath, string? baseUrl)
    {
        BasePath = NormalizeBasePath(basePath);
        BaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/');
    }

    /// <summary>Always starts and ends with '/'.</summary>
    public string BasePath { get; }

    /// <summary>Scheme and host, without a trailing slash; null when unknown.</summary>
    public string? BaseUrl { get; }

    public static string NormalizeBasePath(string? basePath)
    {
        var trimmed = (basePath ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    public string Home() => BasePath;

    public string Reading(string slug) => BasePath + slug + "/";

    /// <summary><c>Reading(slug) + "#" + ParagraphId(number)</c>, made as one string: concordance pages link thousands of paragraphs.</summary>
    public string Paragraph(string slug, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BasePath}{slug}/{ParagraphFragmentPrefix}{number}");

    public const string ParagraphIdPrefix = "p-";

    /// <summary>What follows the reading's URL in a paragraph's (<see cref="Paragraph"/>), before the number.</summary>
    public const string ParagraphFragmentPrefix = "#" + ParagraphIdPrefix;

    /// <summary>The id of paragraph <paramref name="number"/> (1-based, source order): <c>p-12</c>.</summary>
    public static string ParagraphId(int number) => ParagraphIdPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string SourceNotes(string slug) => Reading(slug) + "source/";

    /// <summary>The reading's notes as W3C Web Annotation JSON-LD.</summary>
    public string NotesJsonLd(string slug) => Reading(slug) + "notes.jsonld";

    public string Glossary() => BasePath + "glossary/";

    public string GlossaryEntry(string id) => Glossary() + "#" + id;

    /// <summary>The page listing every paragraph where an entry occurs, when there are too many for the glossary page.</summary>
    public string Concordance(string id) => Glossary() + id + "/";

    /// <summary>A file of the site, e.g. <c>assets/lectern.css</c>.</summary>
    public string File(string relativePath) => BasePath + relativePath.TrimStart('/');

    /// <summary>
    /// A link written by an editor in Markdown: site-relative links (<c>/glossary/#x</c> or
    /// <c>glossary/#x</c>) are resolved against the site root under the base path; links with a
    /// scheme (<c>https:</c>, <c>mailto:</c>), protocol-relative links and in-page fragments stay as written.
    /// </summary>
    public string ContentLink(string url)
    {
        if (url.Length == 0 || url[0] is '#' or '?' || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url)) return url;
        if (url.StartsWith(BasePath, StringComparison.Ordinal) && BasePath != "/") return url;
        var relative = url.TrimStart('/');
        while (relative.StartsWith("./", StringComparison.Ordinal)) relative = relative[2..];
        return File(relative);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return false;
        var end = url.IndexOfAny(['/', '?', '#']);
        return end < 0 || colon < end;
    }

    /// <summary>An absolute URL (with <see cref="BaseUrl"/>) for canonical links and the sitemap; site-relative when the host is unknown.</summary>
    public string Absolute(string sitePath) => (BaseUrl ?? "") + sitePath;
}
