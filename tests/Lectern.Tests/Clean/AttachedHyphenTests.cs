using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>A line-end hyphen after a number or a point, or before a number, joins the two lines' words without a space.</summary>
public class AttachedHyphenTests
{
    [Theory]
    [InlineData("the 60-", "year history", "the 60-year history")]
    [InlineData("the U.S.-", "Japan alliance", "the U.S.-Japan alliance")]
    [InlineData("Circular A-", "130, as", "Circular A-130, as")]
    [InlineData("memo M-06-", "02. It", "memo M-06-02. It")]
    public void The_hyphen_is_kept_and_no_space_put_after_it(string first, string second, string expected)
    {
        SourceLine[] lines = [new(1, "In " + first, 0), new(2, second + " ends.", 0)];
        var decisions = new List<CleanupDecision>();

        var text = new Dehyphenator(lines).Join(lines, decisions);

        Assert.Equal($"In {expected} ends.", text);
        Assert.Equal(CleanupKind.HyphenKept, Assert.Single(decisions).Kind);
    }

    [Fact]
    public void A_dash_set_apart_is_no_attached_hyphen()
    {
        SourceLine[] lines = [new(1, "It was over -", 0), new(2, "60 years ago.", 0)];

        Assert.Equal("It was over - 60 years ago.", new Dehyphenator(lines).Join(lines, []));
    }

    [Fact]
    public void The_fidelity_check_accepts_the_joined_words()
    {
        var text = FaithfulClean.Of("Title of the report\n\nThe alliance of the U.S.-\nJapan kind has a 60-\nyear history that Circular A-\n130 records.\n");

        Assert.Contains("The alliance of the U.S.-Japan kind has a 60-year history that Circular A-130 records.", text.Paragraphs);
    }
}
