using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>The home page: every reading, newest first, with a link to it.</summary>
public sealed class HomePage : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var model = new
        {
            site = context.SiteModel(),
            readings = context.Index.ReadingsInOrder.Select(r => new
            {
                slug = r.Slug,
                title = r.Title,
                url = context.Links.Reading(r.Slug),
                date = r.Metadata.Date ?? "",
                summary = r.Metadata.Summary ?? "",
                paragraph_count = r.ParagraphCount,
            }).ToList(),
        };
        var html = context.Theme.RenderPage("home", model,
            context.LayoutModel(context.Site.Config.Title, context.Links.Home(), "home"), context.Diagnostics);
        yield return new OutputFile("index.html", html);
    }
}
