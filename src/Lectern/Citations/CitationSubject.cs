using System.Globalization;
using Lectern.Documents;
using Lectern.Links;

namespace Lectern.Citations;

/// <summary>
/// What a citation names: the original work (title, author-publisher, date, original URL) and where it is
/// read (the site's title and the reading's absolute URL). <see cref="Paragraph"/> is the paragraph number
/// as text, <see cref="Citation.Slot"/> for a template, or null for the whole reading.
/// </summary>
public sealed record CitationSubject(
    string Title,
    string? Author,
    string? Date,
    string? OriginalUrl,
    string Container,
    string ReadingUrl,
    string Key,
    string? Paragraph = null)
{
    public static CitationSubject For(Reading reading, SiteConfig site, LinkBuilder links) => new(
        Title: NonEmpty(reading.Metadata.Source?.Title) ?? reading.Title,
        Author: NonEmpty(reading.Metadata.Source?.Publisher),
        Date: NonEmpty(reading.Metadata.Source?.Date) ?? NonEmpty(reading.Metadata.Date),
        OriginalUrl: NonEmpty(reading.Metadata.Source?.Url),
        Container: site.Title,
        ReadingUrl: links.Absolute(links.Reading(reading.Slug)),
        Key: reading.Slug);

    public CitationSubject ForParagraphTemplate() => this with { Paragraph = Citation.Slot };

    /// <summary>The reading's URL, anchored at the paragraph when there is one.</summary>
    public string Url => Paragraph is null ? ReadingUrl : ReadingUrl + LinkBuilder.ParagraphFragmentPrefix + Paragraph;

    /// <summary>The date as a calendar date when it is one (<c>2021-06-30</c>), else null.</summary>
    public DateOnly? ParsedDate =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The year of <see cref="Date"/> (<c>2021</c> from <c>2021-06-30</c> or <c>2021</c>), else null.</summary>
    public string? Year => Date is { Length: >= 4 } d && d[..4].All(char.IsAsciiDigit) ? d[..4] : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
