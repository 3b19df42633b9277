using Lectern.Stages.Clean;

namespace Lectern.Tests.Clean;

/// <summary>One numbering of source lines for the cleaner, the cleanup report and the source listing.</summary>
public class LineRangesTests
{
    /// <summary>The plain definition: a leading BOM dropped, CRLF and CR made LF, split at every LF.</summary>
    private static string[] Reference(string raw) =>
        (raw.StartsWith('\uFEFF') ? raw[1..] : raw).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("one")]
    [InlineData("one\n")]
    [InlineData("\uFEFFone\ntwo")]
    [InlineData("one\r\ntwo\r\n\r\nthree")]
    [InlineData("one\rtwo\r\r\nthree\n\r")]
    [InlineData("\n\n\f page 2\n\r\n")]
    [InlineData("a\uFEFFb\r")]
    public void Lines_are_the_ranges_of_the_plainly_split_lines(string raw)
    {
        Assert.Equal(Reference(raw), Lines(raw));
        Assert.Equal(Reference(raw).Length, InputNormalizer.LineCount(raw));
    }

    [Fact]
    public void A_CR_LF_is_one_line_end_and_CR_CR_LF_ends_a_blank_line()
    {
        const string raw = "one\r\ntwo\r\r\nthree";
        Assert.Equal(["one", "two", "", "three"], Lines(raw));
    }

    private static List<string> Lines(string raw)
    {
        var lines = new List<string>();
        foreach (var range in InputNormalizer.EnumerateLines(raw)) lines.Add(raw[range]);
        return lines;
    }
}
