using Lectern.Stages.Clean;
using Lectern.Tests.Support;

namespace Lectern.Tests.Clean;

/// <summary>
/// Random re-wrappings of the true report (widths, paragraph marks, hyphenation, page breaks with
/// numbers, headers, form feeds or blank gaps) always clean back to it, faithfully. Seeded, so a
/// failure names a case that can be replayed.
/// </summary>
public class CleanPropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 300; seed++) data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_rewrapping_cleans_back_to_the_true_report(int seed)
    {
        var random = new Random(seed);
        var expected = RepoPaths.Expected;
        var extraction = new SyntheticExtraction(random)
        {
            Width = random.Next(40, 111),
            Mark = random.Next(2) == 0 ? ParagraphMark.BlankLine : ParagraphMark.Indent,
            LinesPerPage = random.Next(15, 70),
            FormFeeds = random.Next(2) == 0,
            RunningHeader = random.Next(3) == 0 ? "Korean Central News Agency" : null,
            PageNumberStyle = random.Next(4),
        };
        var raw = extraction.Typeset(expected.Title, expected.Dateline, expected.Paragraphs, expected.EndMark);

        var result = TextCleaner.Clean(raw);

        Assert.Null(result.FidelityError);
        Assert.Equal(expected.Title, result.Text.Title);
        Assert.Equal(expected.Dateline, result.Text.Dateline);
        Assert.Equal(expected.EndMark, result.Text.EndMark);
        Assert.Equal(expected.Paragraphs, result.Text.Paragraphs);
    }
}
