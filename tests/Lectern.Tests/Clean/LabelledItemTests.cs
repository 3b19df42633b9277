using Lectern.Documents;

namespace Lectern.Tests.Clean;

/// <summary>
/// Blocks known by their labels: a list whose bullets left no glyph in the text (blocks in a row after a colon, each opening
/// with a short label and a full stop), and the entries of a definition list (run-in labels), which are no headings.
/// </summary>
public class LabelledItemTests
{
    private static IEnumerable<BlockKind> KindsAfter(string intro) =>
        Support.FaithfulClean.Of(string.Join("\n", ["Open Data Policy", "", .. BlockRuleTests.Filler,
            intro,
            "Public. The members shall publish the data they hold, unless the law",
            "forbids it.",
            "Accessible. The data shall be made available in open formats that can",
            "be read by any member.",
            "Described. The data shall be described fully so that the members can",
            "use them.",
            "The secretariat shall keep the data of every session for the members."]) + "\n").Blocks.TakeLast(4).Select(b => b.Kind);

    [Fact]
    public void Labelled_blocks_in_a_row_after_a_colon_are_list_items()
    {
        Assert.Equal([BlockKind.Item, BlockKind.Item, BlockKind.Item, BlockKind.Paragraph], KindsAfter("The data shall follow these principles:"));
    }

    [Fact]
    public void Without_the_colon_that_opens_a_list_they_stay_paragraphs()
    {
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph], KindsAfter("The data shall follow these principles."));
    }

    [Fact]
    public void A_heading_shaped_block_opening_with_a_run_in_label_is_an_entry_where_the_document_has_such_entries()
    {
        var clean = Support.FaithfulClean.Of(string.Join("\n", ["Open Data Policy", "", .. BlockRuleTests.Filler,
            "Data: For the purposes of this memorandum, the term data refers to all",
            "structured information held by the members, unless otherwise noted.",
            "Dataset: For the purposes of this memorandum, the term dataset refers",
            "to a collection of data presented in tabular or in non-tabular form.",
            "Personal information: As defined in the memorandum",
            "Information that can be used to trace a member is personal information.",
            "Part 2: The Results",
            "The members shall meet in regular sessions every year, as noted above."]) + "\n");

        Assert.Equal(BlockKind.Paragraph, clean.Blocks.Single(b => b.Text.StartsWith("Personal information:", StringComparison.Ordinal)).Kind);
        Assert.Equal(BlockKind.Heading, clean.Blocks.Single(b => b.Text == "Part 2: The Results").Kind);
    }
}
