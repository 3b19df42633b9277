using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// <c>404.html</c>, which GitHub Pages serves for any unknown path at any depth: every link in it is
/// root-absolute (base path included), so it works wherever it is shown.
/// </summary>
public sealed class NotFoundPage : IPageGenerator
{
    public const string FileName = "404.html";

    public IEnumerable<OutputFile> Generate(LayoutContext context)
    {
        var model = new LiquidObject(2)
        {
            { "site", context.SiteModel() },
            { "readings", context.Index.ReadingsInOrder.Select(r => new LiquidObject(2) { { "title", r.Title }, { "url", context.Links.Reading(r.Slug) } }) },
        };
        var html = context.Theme.RenderPage("404", model,
            context.LayoutModel("Page not found", context.Links.File(FileName), "not-found", canonical: false), context.Diagnostics);
        yield return new OutputFile(FileName, html);
    }
}
