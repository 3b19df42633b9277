using Fluid.Values;
using Lectern.Documents;
using Lectern.Stages.Render;

namespace Lectern.Stages.Layout;

/// <summary>
/// The glossary page: entries A-Z with definition, sources, related entries and where they occur: the
/// newest readings here, and every reading on the entry's <see cref="ConcordancePage"/> when there are
/// more, so the page stays small however large the site grows.
/// </summary>
public sealed class GlossaryPage : IPageGenerator
{
    /// <summary>How many readings an entry's concordance lists on the glossary page itself.</summary>
    public const int ReadingsShown = 10;

    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var glossary = context.Site.Glossary;
        var entries = glossary.Entries
            .OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
            .Select(e => new LiquidObject(10)
            {
                { "id", e.Id },
                { "term", e.Term },
                { "forms", e.Forms.Select(f => (FluidValue)StringValue.Create(f)) },
                { "definition", HtmlContent.Of(context.DefinitionHtml(e)) },
                { "note", HtmlContent.Of(MarkdownText.ToHtml(e.Note, context.Links, $"the note of '{e.Id}'", glossary.Path, e, context.Diagnostics)) },
                { "sources", e.Sources.Select(s => new LiquidObject(2) { { "title", s.Title }, { "url", s.Url ?? "" } }) },
                { "related", e.Related.Select(glossary.Find).OfType<Glossary.GlossaryEntry>()
                    .Select(r => new LiquidObject(3) { { "id", r.Id }, { "term", r.Term }, { "url", context.Links.GlossaryEntry(r.Id) } }) },
                { "concordance", ConcordancePage.Model(context, Occurrences(context, e.Id).Take(ReadingsShown)) },
                { "concordance_more", ConcordancePage.HasPage(context, e.Id) ? Occurrences(context, e.Id).Count - ReadingsShown : 0 },
                { "concordance_url", context.Links.Concordance(e.Id) },
            });

        var model = new LiquidObject(2) { { "site", context.SiteModel() }, { "entries", entries } };
        var html = context.Theme.RenderPage("glossary", model,
            context.LayoutModel("Glossary", context.Links.Glossary(), "glossary"), context.Diagnostics);
        yield return new OutputFile("glossary/index.html", html);
    }

    public static IReadOnlyList<Link.ConcordanceEntry> Occurrences(LayoutContext context, string entryId) =>
        context.Index.Concordance.GetValueOrDefault(entryId) ?? [];
}
