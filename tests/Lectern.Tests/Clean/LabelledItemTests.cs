using Lectern.Documents;

namespace Lectern.Tests.Clean;

/// <summary>A list whose bullets left no glyph in the text: blocks in a row after a colon, each opening with a short label and a full stop.</summary>
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
}
