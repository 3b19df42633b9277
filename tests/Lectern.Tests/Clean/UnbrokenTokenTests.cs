using Lectern.Documents;
using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// A web address or file name a line broke after its point or slash is joined without a space where the document
/// writes it whole elsewhere; without that evidence a line ending in a point ends a sentence, and the words stay apart.
/// </summary>
public class UnbrokenTokenTests
{
    [Theory]
    [InlineData("through www.", "[agency].gov/data pages.", "through www.[agency].gov/data pages.")]
    [InlineData("at https://example.org/", "open/data, which", "at https://example.org/open/data, which")]
    public void A_token_the_document_writes_whole_elsewhere_is_joined_without_a_space(string end, string start, string joined)
    {
        var whole = joined.Split(' ')[1].TrimEnd(',', '.');
        SourceLine[] lines = [new(1, $"See {whole} for the list.", 0), new(2, "It is found " + end, 0), new(3, start + " Then more.", 0)];
        var decisions = new List<CleanupDecision>();

        var text = new Dehyphenator(lines).Join(lines[1..], decisions);

        Assert.Equal($"It is found {joined} Then more.", text);
        var decision = Assert.Single(decisions);
        Assert.Equal((CleanupKind.TokenRejoined, 2), (decision.Kind, decision.Line));
        Assert.Contains("unbroken at line 1", decision.Evidence);
    }

    [Fact]
    public void Without_the_whole_token_elsewhere_a_point_at_a_line_end_ends_a_sentence()
    {
        SourceLine[] lines = [new(1, "The agency publishes www.", 0), new(2, "Data.gov lists it.", 0)];

        Assert.Equal("The agency publishes www. Data.gov lists it.", new Dehyphenator(lines).Join(lines, []));
    }

    [Fact]
    public void The_fidelity_check_accepts_the_joined_address()
    {
        var text = FaithfulClean.Of("Title of the report\n\nAgencies list their data at www.[agency].gov/data, as the\npolicy says, and each keeps www.\n[agency].gov/data up to date.\n");

        Assert.Contains("Agencies list their data at www.[agency].gov/data, as the policy says, and each keeps www.[agency].gov/data up to date.", text.Paragraphs);
        Assert.Single(text.Report.OfKind(CleanupKind.TokenRejoined));
    }
}
