using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Hardening;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Where the layout shows no paragraph mark (a full last line ending a sentence), an editor settles the
/// break in reading.yml by source line number; the correction wins over the layout and shows in the report.
/// </summary>
public class ParagraphEditTests
{
    // Line 2 is full and ends a sentence: the layout cannot tell whether line 3 starts a paragraph.
    private static readonly SourceLine[] Lines =
    [
        new(1, "The meeting opened at noon and it lasted all night.", 0),
        new(2, "The delegates spoke in turn about the harvest plans.", 0),
        new(3, "Then they left the hall through the doors at dawn.", 0),
    ];

    private static (List<string> Paragraphs, List<CleanupDecision> Decisions, ParagraphEdits Edits) Split(Dictionary<int, bool> corrections)
    {
        var decisions = new List<CleanupDecision>();
        var edits = new ParagraphEdits(corrections);
        var paragraphs = ParagraphSplitter.Split(Lines, blankLinesSeparate: true, decisions, edits)
            .Select(p => string.Join(" ", p.Select(l => l.Text.ToString()))).ToList();
        return (paragraphs, decisions, edits);
    }

    [Fact]
    public void An_added_break_starts_a_paragraph_where_the_layout_showed_none()
    {
        Assert.Single(Split([]).Paragraphs); // without the correction the layout reads one paragraph
        var (paragraphs, decisions, edits) = Split(new() { [3] = true });

        Assert.Equal(["The meeting opened at noon and it lasted all night. The delegates spoke in turn about the harvest plans.",
            "Then they left the hall through the doors at dawn."], paragraphs);
        var decision = Assert.Single(decisions, d => d.Kind == CleanupKind.ParagraphBreak);
        Assert.Equal((3, "the editor's correction in reading.yml (paragraphBreaks: add)"), (decision.Line, decision.Evidence));
        Assert.Empty(edits.Unused);
    }

    [Fact]
    public void A_removed_break_continues_the_paragraph_and_is_recorded()
    {
        var (paragraphs, decisions, _) = Split(new() { [2] = false, [3] = false });

        Assert.Single(paragraphs);
        Assert.Equal([2, 3], decisions.Where(d => d.Kind == CleanupKind.ParagraphContinued).Select(d => d.Line));
    }

    [Fact]
    public void A_correction_at_no_line_of_the_body_is_reported_unused()
    {
        var (_, _, edits) = Split(new() { [1] = true, [9] = false, [3] = true });

        Assert.Equal([1, 9], edits.Unused);
    }

    private static Action<TempSite> Corrections(string yaml) => site => site.PrependToReadingYml("paragraphBreaks:\n" + yaml);

    public static TheoryData<BadInput> BadCorrections => new()
    {
        new("not a line number", Corrections("  add: [twelve]\n"),
            new(DiagnosticCodes.ParagraphEditInvalid, RepoPaths.SeedReadingYml, 2, 3, "'twelve' is not a source line number")),
        new("a line both added and removed", Corrections("  add: [13]\n  remove: [13]\n"),
            new(DiagnosticCodes.ParagraphEditInvalid, RepoPaths.SeedReadingYml, 2, 3, "line 13 is both in 'add' and in 'remove'")),
        new("a line of the title", Corrections("  add: [1]\n"),
            new(DiagnosticCodes.ParagraphEditUnused, RepoPaths.SeedReadingYml, 2, 3, "line 1 does not begin a line of the report's body")),
    };

    [Theory]
    [MemberData(nameof(BadCorrections))]
    public void A_correction_that_cannot_apply_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);

    [Fact]
    public void The_seed_reading_builds_with_a_correction_and_its_notes_page_shows_it()
    {
        using var site = new TempSite();
        var cleaned = TextCleaner.Clean(File.ReadAllText(RepoPaths.SeedSource));
        var source = InputNormalizer.ToLines(File.ReadAllText(RepoPaths.SeedSource), []);
        // A break inside the last paragraph, so the outline's paragraph numbers stay as they are.
        var lastStart = cleaned.Text.Report.OfKind(CleanupKind.ParagraphBreak).Max(d => d.Line);
        var inside = source.First(l => l.Number > lastStart && !l.IsBlank).Number;
        Corrections($"  add: [{inside}]\n")(site);
        File.Delete(Path.Combine(site.ReadingDir(), "anchors.lock"));

        var result = Lectern.Pipeline.BuildPipeline.Run(site.Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, RepoPaths.SeedSlug, "index.html"));
        Assert.Equal(RepoPaths.Expected.Paragraphs.Count + 1, System.Text.RegularExpressions.Regex.Count(page, "<p id=\"p-\\d+\""));
        Assert.Contains("correction in reading.yml (paragraphBreaks: add)", File.ReadAllText(Path.Combine(site.Output, RepoPaths.SeedSlug, "source", "index.html")));
    }
}
