using System.Security;
using System.Text;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// <c>sitemap.xml</c> with the absolute URL of every page. Sitemaps require absolute URLs, so it is
/// written only when <c>baseUrl</c> is known (site.yml or <c>--base-url</c>).
/// </summary>
public sealed class Sitemap : IPageGenerator
{
    public const string FileName = "sitemap.xml";

    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        if (context.Links.BaseUrl is null) yield break;

        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in Pages(context))
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(context.Links.Absolute(page.Path))).Append("</loc>");
            if (!string.IsNullOrEmpty(page.LastModified)) sb.Append("<lastmod>").Append(SecurityElement.Escape(page.LastModified)).Append("</lastmod>");
            sb.Append("</url>\n");
        }
        sb.Append("</urlset>\n");
        yield return OutputFile.Text(FileName, sb.ToString());
    }

    private static IEnumerable<(string Path, string? LastModified)> Pages(LayoutContext context)
    {
        yield return (context.Links.Home(), null);
        foreach (var reading in context.Index.ReadingsInOrder)
        {
            yield return (context.Links.Reading(reading.Slug), reading.Metadata.Date);
            yield return (context.Links.SourceNotes(reading.Slug), reading.Metadata.Date);
        }
        yield return (context.Links.Glossary(), null);
        foreach (var entry in context.Site.Glossary.Entries)
            if (ConcordancePage.HasPage(context, entry.Id))
                yield return (context.Links.Concordance(entry.Id), null);
    }
}
