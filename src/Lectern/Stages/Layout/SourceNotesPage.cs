using Lectern.Documents;
using Lectern.Stages.Clean;

namespace Lectern.Stages.Layout;

/// <summary>
/// One page per reading, "Source and cleanup notes": what the cleaner did, by kind, then the source as
/// extracted with numbered lines (<c>#L&lt;n&gt;</c>) and each decision shown at the line it concerns.
/// Decisions are indexed by line once, so the page grows linearly with the source.
/// </summary>
public sealed class SourceNotesPage : IReadingPageGenerator
{
    /// <summary>How many line links a summary row lists before it says "and N more".</summary>
    private const int LinesPerKind = 40;

    public IEnumerable<OutputFile> Generate(LayoutContext context, Reading reading)
    {
        var url = context.Links.SourceNotes(reading.Slug);
        var decisions = (reading.Clean?.Report ?? CleanupReport.Empty).Decisions;
        var model = new
        {
            site = context.SiteModel(),
            reading = new { title = reading.Title, url = context.Links.Reading(reading.Slug) },
            decision_count = decisions.Count,
            kinds = Enum.GetValues<CleanupKind>().Select(k => KindModel(k, decisions)).ToList(),
            listing = SourceListing.Html(reading.SourceText, decisions),
        };
        var html = context.Theme.RenderPage("source", model,
            context.LayoutModel("Source and cleanup notes: " + reading.Title, url, "source",
                $"The source text of \u201c{reading.Title}\u201d as extracted, with every cleanup decision and its evidence."),
            context.Diagnostics);
        yield return new OutputFile(reading.Slug + "/source/index.html", html);
    }

    private static object KindModel(CleanupKind kind, IReadOnlyList<CleanupDecision> decisions)
    {
        var lines = decisions.Where(d => d.Kind == kind).Select(d => d.Line).Distinct().ToList();
        return new
        {
            label = CleanupKindText.Label(kind),
            meaning = CleanupKindText.Meaning(kind),
            count = decisions.Count(d => d.Kind == kind),
            lines = lines.Take(LinesPerKind).ToList(),
            more = Math.Max(0, lines.Count - LinesPerKind),
        };
    }
}
