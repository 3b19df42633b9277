using System.Text;
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
            lines = LineModels(InputNormalizer.SplitLines(reading.SourceText), decisions),
        };
        var html = context.Theme.RenderPage("source", model,
            context.LayoutModel("Source and cleanup notes: " + reading.Title, url, "source",
                $"The source text of \u201c{reading.Title}\u201d as extracted, with every cleanup decision and its evidence."),
            context.Diagnostics);
        yield return OutputFile.Text(reading.Slug + "/source/index.html", html);
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

    /// <summary>
    /// One row per non-blank line. A run of blank lines folds into the row before it (its line numbers
    /// stay as anchors and in the row's number range), so the seed's blank-after-every-line layout reads
    /// as a text; blank lines before the first text line get a row of their own.
    /// </summary>
    private static List<object> LineModels(string[] lines, IReadOnlyList<CleanupDecision> decisions)
    {
        var byLine = decisions.ToLookup(d => Math.Clamp(d.Line, 1, lines.Length));
        var rows = new List<object>();
        var i = 0;
        while (i < lines.Length)
        {
            var first = i;
            if (!string.IsNullOrWhiteSpace(lines[i])) i++;
            var blankStart = i;
            while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
            rows.Add(Row(lines, first, blankStart, i, byLine));
        }
        return rows;
    }

    /// <summary>The row for line <paramref name="first"/> (text or blank) and the blank lines [blankStart, end) folded into it.</summary>
    private static object Row(string[] lines, int first, int blankStart, int end, ILookup<int, CleanupDecision> byLine)
    {
        var number = first + 1;
        var text = Visible(lines[first]);
        var folded = Enumerable.Range(blankStart + 1, end - blankStart).Where(n => n != number).ToList();
        var rowDecisions = Enumerable.Range(number, end - first).SelectMany(n => byLine[n]).Select(d => new
        {
            label = CleanupKindText.Label(d.Kind),
            kind = d.Kind.ToString(),
            text = TextShape.FoldSpaces(d.Text.Trim()) == TextShape.FoldSpaces(text.Trim()) ? "" : d.Text,
            evidence = d.Evidence,
        }).ToList();
        return new
        {
            number,
            range = end - first > 1 ? $"{number}\u2013{end}" : number.ToString(),
            text,
            folded,
            folded_note = end - blankStart > 1 ? $"blank lines {blankStart + 1}\u2013{end} dropped" : "",
            decisions = rowDecisions,
        };
    }

    /// <summary>The line as it is in the file, with control characters (a form feed is a page break) shown as their symbols.</summary>
    private static string Visible(string line)
    {
        if (!line.Any(c => c < ' ' && c != '\t')) return line;
        var sb = new StringBuilder(line.Length);
        foreach (var c in line) sb.Append(c < ' ' && c != '\t' ? (char)(0x2400 + c) : c);
        return sb.ToString();
    }
}
