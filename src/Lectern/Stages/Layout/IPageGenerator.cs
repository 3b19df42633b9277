using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>Produces some of the site's files (a page kind, the assets, a sitemap) from the layout context.</summary>
public interface IPageGenerator
{
    IEnumerable<OutputFile> Generate(LayoutContext context);

    /// <summary>
    /// The same files as <see cref="Generate"/>, cut into pieces of work that can be made at the same time, largest
    /// first. By default one piece: a generator with many pages (one per glossary entry, say) offers one per page,
    /// so the build spreads them over the cores itself instead of nesting a parallel loop inside its own.
    /// </summary>
    IEnumerable<Func<IEnumerable<OutputFile>>> Work(LayoutContext context) => [() => Generate(context)];
}
