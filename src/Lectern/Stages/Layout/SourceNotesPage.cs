using Fluid.Values;
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

    public void Write(LayoutContext context, Reading reading, IOutputSink output)
    {
        var url = context.Links.SourceNotes(reading.Slug);
        var decisions = (reading.Clean?.Report ?? CleanupReport.Empty).Decisions;
        var model = new LiquidObject(5)
        {
            { "site", context.SiteModel() },
            { "reading", new LiquidObject(2) { { "title", reading.Title }, { "url", context.Links.Reading(reading.Slug) } } },
            { "decision_count", decisions.Count },
            { "kinds", KindModels(decisions) },
            { "listing", SourceListing.Html(reading.SourceText, decisions) },
        };
        context.Theme.WritePage(reading.Slug + "/source/index.html", "source", model,
            context.LayoutModel("Source and cleanup notes: " + reading.Title, url, "source",
                $"The source text of \u201c{reading.Title}\u201d as extracted, with every cleanup decision and its evidence."),
            context.Diagnostics, output);
    }

    private static readonly CleanupKind[] Kinds = Enum.GetValues<CleanupKind>();

    // Each kind's label and meaning are constants, so their template values are made once.
    private static readonly StringValue[] Labels = Kinds.Select(k => new StringValue(CleanupKindText.Label(k))).ToArray();
    private static readonly StringValue[] Meanings = Kinds.Select(k => new StringValue(CleanupKindText.Meaning(k))).ToArray();

    /// <summary>A summary row for every kind, in one pass over the decisions.</summary>
    private static FluidValue[] KindModels(IReadOnlyList<CleanupDecision> decisions)
    {
        var counts = new int[Kinds.Length];
        var lines = new List<FluidValue>?[Kinds.Length];
        var more = new int[Kinds.Length];
        // Which (kind, line) pairs the page lists already.
        var listed = new HashSet<long>();
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            var k = Array.IndexOf(Kinds, d.Kind);
            counts[k]++;
            if (!listed.Add(((long)k << 32) | (uint)d.Line)) continue;
            var kindLines = lines[k] ??= [];
            if (kindLines.Count < LinesPerKind) kindLines.Add(LiquidObject.Number(d.Line));
            else more[k]++;
        }
        var models = new FluidValue[Kinds.Length];
        for (var k = 0; k < Kinds.Length; k++)
            models[k] = new LiquidObject(5)
            {
                { "label", Labels[k] },
                { "meaning", Meanings[k] },
                { "count", counts[k] },
                { "lines", lines[k] is { } kindLines ? new ArrayValue(kindLines) : ArrayValue.Empty },
                { "more", more[k] },
            };
        return models;
    }
}
