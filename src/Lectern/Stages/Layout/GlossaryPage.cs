using Lectern.Documents;
using Lectern.Stages.Render;

namespace Lectern.Stages.Layout;

/// <summary>The glossary page: entries A-Z with definition, sources, related entries and concordance.</summary>
public sealed class GlossaryPage : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var glossary = context.Site.Glossary;
        var entries = glossary.Entries
            .OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
            .Select(e => new
            {
                id = e.Id,
                term = e.Term,
                forms = e.Forms,
                definition = context.DefinitionHtml(e),
                note = MarkdownText.ToHtml(e.Note, context.Links),
                sources = e.Sources.Select(s => new { title = s.Title, url = s.Url ?? "" }).ToList(),
                related = e.Related.Select(glossary.Find).OfType<Glossary.GlossaryEntry>()
                    .Select(r => new { id = r.Id, term = r.Term, url = context.Links.GlossaryEntry(r.Id) }).ToList(),
                concordance = (context.Index.Concordance.GetValueOrDefault(e.Id) ?? [])
                    .Select(c => new
                    {
                        title = c.ReadingTitle,
                        url = context.Links.Reading(c.Slug),
                        paragraphs = c.Paragraphs.Select(n => new { number = n, url = context.Links.Paragraph(c.Slug, n) }).ToList(),
                    }).ToList(),
            }).ToList();

        var model = new { site = context.SiteModel(), entries };
        var html = context.Theme.RenderPage("glossary", model,
            context.LayoutModel("Glossary", context.Links.Glossary(), "glossary"), context.Diagnostics);
        yield return new OutputFile("glossary/index.html", html);
    }
}
