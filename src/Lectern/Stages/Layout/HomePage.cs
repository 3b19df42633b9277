using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>The home page: every reading, newest first, with a link to it.</summary>
public sealed class HomePage : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var model = new LiquidObject(2)
        {
            { "site", context.SiteModel() },
            { "readings", context.Index.ReadingsInOrder.Select(r => new LiquidObject(6)
            {
                { "slug", r.Slug },
                { "title", r.Title },
                { "url", context.Links.Reading(r.Slug) },
                { "date", r.Metadata.Date ?? "" },
                { "summary", r.Metadata.Summary ?? "" },
                { "paragraph_count", r.ParagraphCount },
            }) },
        };
        var html = context.Theme.RenderPage("home", model,
            context.LayoutModel(context.Site.Config.Title, context.Links.Home(), "home"), context.Diagnostics);
        yield return new OutputFile("index.html", html);
    }
}
