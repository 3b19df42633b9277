using System.Collections.Concurrent;
using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>
/// The Layout stage: the site-wide generators run once, the reading generators once per reading, all in
/// parallel; each file goes to the caller as soon as it is made, so a build never holds the whole site.
/// </summary>
public static class LayoutStage
{
    private static readonly IPageGenerator[] SiteGenerators =
    [
        new AssetBundle(),
        new HomePage(),
        new GlossaryPage(),
        new NotFoundPage(),
        new Sitemap(),
        new PagesFiles(),
    ];

    private static readonly IReadingPageGenerator[] ReadingGenerators =
    [
        new ReadingPage(),
        new SourceNotesPage(),
        new NotesJsonLd(),
    ];

    /// <summary>Makes every file of the site and hands each to <paramref name="emit"/>, which is called from several threads at once.</summary>
    public static void Execute(LayoutContext context, Action<OutputFile> emit)
    {
        var work = SiteGenerators.Select(g => (Func<IEnumerable<OutputFile>>)(() => g.Generate(context)))
            .Concat(context.Index.ReadingsInOrder.Select(r => (Func<IEnumerable<OutputFile>>)(() => ReadingFiles(context, r))))
            .ToList();
        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), files =>
        {
            foreach (var file in files()) emit(file);
        });
    }

    /// <summary>Every file of the site, ordered by path: for tests and benchmarks that want them in memory.</summary>
    public static IReadOnlyList<OutputFile> Execute(LayoutContext context)
    {
        var files = new ConcurrentBag<OutputFile>();
        Execute(context, files.Add);
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<OutputFile> ReadingFiles(LayoutContext context, Reading reading) =>
        ReadingGenerators.SelectMany(g => g.Generate(context, reading));
}
