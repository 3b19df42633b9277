using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>Produces some of the site's files (a page kind, the assets, a sitemap) from the layout context.</summary>
public interface IPageGenerator
{
    IEnumerable<OutputFile> Generate(LayoutContext context);
}
