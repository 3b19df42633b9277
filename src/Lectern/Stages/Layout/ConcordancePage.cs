using Fluid.Values;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Stages.Link;

namespace Lectern.Stages.Layout;

/// <summary>
/// For an entry that occurs in more readings than the glossary page lists, a page of its own
/// (<c>glossary/&lt;id&gt;/</c>) with every reading and paragraph where it occurs, newest first.
/// </summary>
/// <remarks>
/// Its pages come as pieces of work, one per page, the longest lists first (with many readings they are the
/// largest pages of the site), so the build spreads them over the cores with the other site-wide pages
/// rather than nesting a parallel loop of its own.
/// </remarks>
public static class ConcordancePage
{
    /// <summary>One piece of work per page, each writing its page into the sink it is given; none for the entries in <paramref name="kept"/> (their pages are the last build's).</summary>
    public static IEnumerable<Action<IOutputSink>> Work(LayoutContext context, IReadOnlySet<string>? kept = null) =>
        context.Site.Glossary.Entries
            .Where(entry => HasPage(context, entry.Id) && kept?.Contains(entry.Id) != true)
            .OrderByDescending(entry => GlossaryPage.Occurrences(context, entry.Id).Count)
            .Select(entry => (Action<IOutputSink>)(output => WritePage(context, entry, output)));

    /// <summary>Writes the page straight from the page buffer into the sink: the largest pages of the site are not copied into arrays of their own.</summary>
    private static void WritePage(LayoutContext context, GlossaryEntry entry, IOutputSink output)
    {
        var occurrences = GlossaryPage.Occurrences(context, entry.Id);
        var url = context.Links.Concordance(entry.Id);
        var model = new LiquidObject(4)
        {
            { "site", context.SiteModel() },
            { "entry", new LiquidObject(3) { { "id", entry.Id }, { "term", entry.Term }, { "url", context.Links.GlossaryEntry(entry.Id) } } },
            { "reading_count", occurrences.Count },
            { "concordance", Model(context, occurrences) },
        };
        context.Theme.WritePage(PathOf(entry.Id), "concordance", model,
            context.LayoutModel($"Where \u201c{entry.Term}\u201d occurs", url, "concordance"), context.Diagnostics, output);
    }

    /// <summary>The page's path in the output.</summary>
    public static string PathOf(string entryId) => "glossary/" + entryId + "/index.html";

    /// <summary>Whether an entry gets a page of its own: it occurs in more readings than the glossary page lists.</summary>
    public static bool HasPage(LayoutContext context, string entryId) =>
        GlossaryPage.Occurrences(context, entryId).Count > GlossaryPage.ReadingsShown;

    /// <summary>Readings with the paragraphs where an entry occurs, as the glossary and concordance templates list them.</summary>
    public static ArrayValue Model(LayoutContext context, IEnumerable<ConcordanceEntry> occurrences) =>
        LiquidObject.ArrayOf(occurrences.Select(c =>
        {
            var (title, url) = context.ReadingLink(c.Slug, c.ReadingTitle);
            return new LiquidObject(3)
            {
                { "title", title },
                { "url", url },
                { "paragraphs", ParagraphLinks(context, c.Slug, c.Paragraphs) },
            };
        }));

    // A loop rather than a Select: a concordance page has a row for each of thousands of readings.
    private static ArrayValue ParagraphLinks(LayoutContext context, string slug, IReadOnlyList<int> paragraphs)
    {
        if (paragraphs.Count == 0) return ArrayValue.Empty;
        var links = new FluidValue[paragraphs.Count];
        for (var i = 0; i < links.Length; i++)
            links[i] = new LiquidObject(2) { { "number", paragraphs[i] }, { "url", context.Links.Paragraph(slug, paragraphs[i]) } };
        return new ArrayValue(links);
    }
}
