using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>Produces some of the site's files (a page kind, the assets, a sitemap) from the layout context.</summary>
public interface IPageGenerator
{
    IEnumerable<OutputFile> Generate(LayoutContext context);

    /// <summary>
    /// The same files as <see cref="Generate"/>, cut into pieces of work that can be made at the same time, largest
    /// first, each writing its files into the sink it is given. By default one piece: a generator with many pages
    /// (one per glossary entry, say) offers one per page, so the build spreads them over the cores itself instead
    /// of nesting a parallel loop inside its own.
    /// </summary>
    IEnumerable<Action<IOutputSink>> Work(LayoutContext context) => [output =>
    {
        foreach (var file in Generate(context)) output.Write(file.RelativePath, file.Content);
    }];
}
