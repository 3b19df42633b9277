using System.Globalization;
using System.Text;
using System.Xml;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// <c>feed.xml</c>: an Atom feed (RFC 4287) of every reading, newest first, with title, date, summary and link.
/// Atom requires absolute ids and links, so like the sitemap it is written only when <c>baseUrl</c> is known.
/// Written with <see cref="XmlWriter"/> rather than System.ServiceModel.Syndication, whose serializers are not
/// trim-safe and the CLI is published with Native AOT; the tests read the feed back with <c>SyndicationFeed</c>.
/// </summary>
public sealed class AtomFeed : IPageGenerator
{
    public const string FileName = "feed.xml";

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>Atom requires an <c>updated</c> time; a site whose readings carry no date gets this fixed one, so builds stay identical.</summary>
    private const string UndatedTime = "1970-01-01T00:00:00Z";

    /// <summary>The feed's URL for the layout's <c>rel="alternate"</c> link; empty when no feed is written.</summary>
    public static string Url(Links.LinkBuilder links) => links.BaseUrl is null ? "" : links.File(FileName);

    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        if (context.Links.BaseUrl is null) yield break;

        var readings = context.Index.ReadingsInOrder;
        var newest = readings.Select(r => AtomTime(r.Metadata.Date)).Where(t => t is not null).Max(StringComparer.Ordinal) ?? UndatedTime;
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, context.Site.Config.Language);
            xml.WriteElementString("id", AtomNamespace, context.Links.Absolute(context.Links.Home()));
            xml.WriteElementString("title", AtomNamespace, context.Site.Config.Title);
            if (!string.IsNullOrEmpty(context.Site.Config.Description)) xml.WriteElementString("subtitle", AtomNamespace, context.Site.Config.Description);
            xml.WriteElementString("updated", AtomNamespace, newest);
            Link(xml, "self", context.Links.Absolute(context.Links.File(FileName)));
            Link(xml, "alternate", context.Links.Absolute(context.Links.Home()));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, context.Site.Config.Title);
            xml.WriteEndElement();
            foreach (var reading in readings) Entry(xml, context, reading, newest);
            xml.WriteEndElement();
        }
        yield return new OutputFile(FileName, bytes.ToArray());
    }

    private static void Entry(XmlWriter xml, LayoutContext context, Reading reading, string newest)
    {
        var url = context.Links.Absolute(context.Links.Reading(reading.Slug));
        var time = AtomTime(reading.Metadata.Date);
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("id", AtomNamespace, url);
        xml.WriteElementString("title", AtomNamespace, reading.Title);
        xml.WriteElementString("updated", AtomNamespace, time ?? newest);
        if (time is not null) xml.WriteElementString("published", AtomNamespace, time);
        Link(xml, "alternate", url);
        if (!string.IsNullOrWhiteSpace(reading.Metadata.Summary)) xml.WriteElementString("summary", AtomNamespace, reading.Metadata.Summary.Trim());
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>A reading's ISO date (<c>2021-06-30</c>) as an Atom date-time at midnight UTC; null when it has none or it is not a full date.</summary>
    private static string? AtomTime(string? date) =>
        DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"
            : null;
}
