using System.Collections.Concurrent;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// The Layout stage. The theme's own files are made as soon as the theme is loaded (<see cref="ThemeFiles"/>),
/// a reading's pages as soon as the reading is enriched (<see cref="WriteReadingFiles"/>), and the site-wide pages
/// once every reading is done and indexed (<see cref="SiteFiles"/>). Each file goes to the caller as it is
/// made, so a build never holds the whole site.
/// </summary>
public static class LayoutStage
{
    private static readonly IPageGenerator[] ThemeGenerators =
    [
        new AssetBundle(),
    ];

    private static readonly IPageGenerator[] SiteGenerators =
    [
        new HomePage(),
        new GlossaryPage(),
        new NotFoundPage(),
        new Sitemap(),
        new AtomFeed(),
        new Search.SearchIndex(),
        new Search.SearchPage(),
        new PagesFiles(),
    ];

    private static readonly IReadingPageGenerator[] ReadingGenerators =
    [
        new ReadingPage(),
        new SourceNotesPage(),
        new NotesJsonLd(),
        new Search.SearchTextFiles(),
    ];

    /// <summary>The files made from the theme alone (the bundled, minified assets); the context's site and index are not used.</summary>
    public static IEnumerable<OutputFile> ThemeFiles(LayoutContext context) =>
        ThemeGenerators.SelectMany(g => g.Generate(context));

    /// <summary>Writes a reading's own files into <paramref name="output"/>, each as it is made.</summary>
    public static void WriteReadingFiles(LayoutContext context, Reading reading, IOutputSink output)
    {
        foreach (var generator in ReadingGenerators) generator.Write(context, reading, output);
    }

    /// <summary>
    /// Makes the site-wide files (in parallel) and writes each into <paramref name="output"/>, from several threads at once;
    /// all but the search index's when <paramref name="searchIndexKept"/>, and the concordance pages of the entries in
    /// <paramref name="concordanceKept"/> (their inputs are the last build's, and so are their files).
    /// </summary>
    public static void SiteFiles(LayoutContext context, IOutputSink output, bool searchIndexKept = false, IReadOnlySet<string>? concordanceKept = null)
    {
        // One flat list of work, taken one piece at a time by each core in turn: the concordance's many pages
        // interleave with the other generators', and no thread blocks waiting on a parallel loop of its own. The
        // generators go first: the search index is the largest single piece, and started last it would leave one
        // core idle while the other finished it.
        var work = SiteGenerators.Where(generator => !(searchIndexKept && generator is Search.SearchIndex)).Select(generator => (Action<IOutputSink>)(sink =>
            {
                foreach (var file in generator.Generate(context)) sink.Write(file.RelativePath, file.Content);
            }))
            .Concat(ConcordancePage.Work(context, concordanceKept))
            .ToList();
        Parallel.ForEach(Partitioner.Create(work, loadBalance: true), make => make(output));
    }
}
