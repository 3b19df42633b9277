using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Hardening;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// An editor corrects the kind of any block by the source line it starts on (reading.yml <c>blocks</c>); the
/// correction wins over the cleaner's evidence and shows in the report, and a line that starts no block is an error.
/// </summary>
public class BlockEditTests
{
    // Lines 1-3: title, blank, heading; 4-19: a paragraph; 20: a name; 21: the last paragraph.
    private static readonly string Memo = string.Join("\n", ["Open Data Policy", "", "I. Definitions", .. BlockRuleTests.Filler,
        "MADISON", "The memorandum ends here with a last paragraph of its own text."]) + "\n";

    [Fact]
    public void A_corrected_kind_wins_over_the_evidence_and_is_recorded()
    {
        var found = TextCleaner.Clean(Memo).Text.Blocks;
        Assert.Equal([(3, BlockKind.Heading), (4, BlockKind.Paragraph), (20, BlockKind.Paragraph), (21, BlockKind.Paragraph)],
            found.Select(b => (b.SourceLine, b.Kind)));
        var edits = new BlockEdits(new Dictionary<int, BlockKind> { [3] = BlockKind.Paragraph, [20] = BlockKind.Heading, [4] = BlockKind.Item });

        var clean = TextCleaner.Clean(Memo, blockEdits: edits).Text;

        Assert.Equal([BlockKind.Paragraph, BlockKind.Item, BlockKind.Heading, BlockKind.Paragraph], clean.Blocks.Select(b => b.Kind));
        Assert.Contains(clean.Report.Decisions, d => d.Line == 20 && d.Kind == CleanupKind.HeadingFound && d.Evidence.StartsWith("the editor's correction", StringComparison.Ordinal));
        Assert.Empty(edits.Unused);
    }

    [Fact]
    public void A_correction_at_a_line_that_starts_no_block_is_reported_unused()
    {
        var edits = new BlockEdits(new Dictionary<int, BlockKind> { [1] = BlockKind.Heading, [5] = BlockKind.Item, [3] = BlockKind.Heading, [99] = BlockKind.Paragraph });

        TextCleaner.Clean(Memo, blockEdits: edits);

        Assert.Equal([1, 5, 99], edits.Unused);
    }

    private static Action<TempSite> Corrections(string yaml) => site => site.PrependToReadingYml("blocks:\n" + yaml);

    public static TheoryData<BadInput> BadCorrections => new()
    {
        new("not a line number", Corrections("  heading: [twelve]\n"),
            new(DiagnosticCodes.BlockEditInvalid, RepoPaths.SeedReadingYml, 2, 3, "'twelve' is not a source line number")),
        new("a line given two kinds", Corrections("  heading: [13]\n  item: [13]\n"),
            new(DiagnosticCodes.BlockEditConflict, RepoPaths.SeedReadingYml, 2, 3, "line 13 is both a heading and a item")),
        new("a line of the title", Corrections("  paragraph: [1]\n"),
            new(DiagnosticCodes.BlockEditUnused, RepoPaths.SeedReadingYml, 2, 3, "no block starts on line 1")),
    };

    [Theory]
    [MemberData(nameof(BadCorrections))]
    public void A_correction_that_cannot_apply_is_a_positioned_error_and_the_site_is_kept(BadInput input) =>
        BadContent.AssertRejected(input.Break, input.Expected);
}
