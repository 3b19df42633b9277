using Lectern.Documents;

namespace Lectern.Stages.Layout.Search;

/// <summary>
/// <c>search/index.html</c>: where the search box's form goes without JavaScript (it explains how to search and
/// lists the readings), and where the script shows the results of <c>?q=</c> with it.
/// </summary>
public sealed class SearchPage : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var model = new LiquidObject(2)
        {
            { "site", context.SiteModel() },
            { "readings", context.Index.ReadingsInOrder.Select(r => new LiquidObject(2) { { "title", r.Title }, { "url", context.Links.Reading(r.Slug) } }) },
        };
        var html = context.Theme.RenderPage("search", model,
            context.LayoutModel("Search", context.Links.File(SearchFiles.Folder), "search"), context.Diagnostics);
        yield return new OutputFile(SearchFiles.Page, html);
    }
}
