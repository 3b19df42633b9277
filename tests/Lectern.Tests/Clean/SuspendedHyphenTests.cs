using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// A hyphen at a line's end before a conjunction and a hyphenated word ("human- and machine-readable") is a suspended
/// hyphen: the words stay apart as printed, neither joined nor closed up.
/// </summary>
public class SuspendedHyphenTests
{
    [Theory]
    [InlineData("both human-", "and machine-readable forms.", "both human- and machine-readable forms.")]
    [InlineData("in pre-", "or post-war years.", "in pre- or post-war years.")]
    [InlineData("a 10-", "to 15-year plan.", "a 10- to 15-year plan.")]
    public void The_hyphen_stays_and_the_words_stay_apart(string first, string second, string expected)
    {
        SourceLine[] lines = [new(1, "Data in " + first, 0), new(2, second, 0)];
        var decisions = new List<CleanupDecision>();

        var text = new Dehyphenator(lines).Join(lines, decisions);

        Assert.Equal($"Data in {expected}", text);
        Assert.Equal(CleanupKind.HyphenSuspended, Assert.Single(decisions).Kind);
    }

    [Theory]
    [InlineData("the under-", "standing of it.", "the understanding of it.")]
    [InlineData("the self-", "reliance and self-respect.", "the self-reliance and self-respect.")]
    public void Without_a_conjunction_and_a_hyphenated_word_after_it_the_hyphen_is_a_break(string first, string second, string expected)
    {
        SourceLine[] lines = [new(1, "Of " + first, 0), new(2, second, 0)];

        Assert.Equal($"Of {expected}", new Dehyphenator(lines).Join(lines, []));
    }

    [Fact]
    public void The_fidelity_check_accepts_the_words_kept_apart()
    {
        var text = FaithfulClean.Of("Title of the report\n\nAgencies publish data in both human-\nand machine-readable forms, as the policy says.\n");

        Assert.Contains("Agencies publish data in both human- and machine-readable forms, as the policy says.", text.Paragraphs);
    }
}
