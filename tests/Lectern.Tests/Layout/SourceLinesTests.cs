using Lectern.Stages.Clean;
using Lectern.Stages.Layout;

namespace Lectern.Tests.Layout;

/// <summary>The source listing numbers lines exactly as the cleanup report does.</summary>
public class SourceLinesTests
{
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
    public void Lines_are_the_ranges_of_the_lines_the_cleanup_report_numbers(string raw)
    {
        var ranges = SourceLines.Split(raw);
        Assert.Equal(InputNormalizer.SplitLines(raw), ranges.Select(r => raw[r]));
    }
}
