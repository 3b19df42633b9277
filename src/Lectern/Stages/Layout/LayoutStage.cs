using Lectern.Documents;

namespace Lectern.Stages.Layout;

/// <summary>The Layout stage: every generator turns the finished documents into output files.</summary>
public static class LayoutStage
{
    private static readonly IPageGenerator[] Generators =
    [
        new AssetBundle(),
        new HomePage(),
        new ReadingPage(),
        new SourceNotesPage(),
        new NotesJsonLd(),
        new GlossaryPage(),
        new NotFoundPage(),
        new Sitemap(),
        new PagesFiles(),
    ];

    public static IReadOnlyList<OutputFile> Execute(LayoutContext context) =>
        Generators.SelectMany(g => g.Generate(context)).ToList();
}
