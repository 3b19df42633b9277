using System.Text;
using Lectern.Cli.Serving;

namespace Lectern.Tests.Serving;

public class ReloadTagStreamTests
{
    private static string Tagged(string html, bool isPage, params int[] cuts)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        using var output = new MemoryStream();
        var stream = new ReloadTagStream(output, () => isPage);
        var from = 0;
        foreach (var cut in cuts.Append(bytes.Length))
        {
            stream.WriteAsync(bytes.AsMemory(from, cut - from)).AsTask().GetAwaiter().GetResult();
            from = cut;
        }
        stream.FinishAsync(CancellationToken.None).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [InlineData("<html><head><title>t</title></head><body>x</body></html>", "<html><head><title>t</title>", "</head><body>x</body></html>")]
    [InlineData("<HTML><HEAD></HEAD><body>x</body></HTML>", "<HTML><HEAD>", "</HEAD><body>x</body></HTML>")]
    [InlineData("<p>a < b </hea and </header></p></head>", "<p>a < b </hea and </header></p>", "</head>")]
    [InlineData("<p>x</p>", "<p>x</p>", "")]
    [InlineData("<p>ends in a start of it </he", "<p>ends in a start of it </he", "")]
    [InlineData("", "", "")]
    public void The_tags_go_before_the_first_end_of_head_or_at_the_end_wherever_the_writes_are_cut(string html, string before, string after)
    {
        var expected = before + ReloadScriptInjector.Tags + after;
        Assert.Equal(expected, Tagged(html, isPage: true));
        for (var cut = 0; cut <= html.Length; cut++)
            Assert.Equal(expected, Tagged(html, isPage: true, cut));
        for (var cut = 0; cut + 3 <= html.Length; cut++)
            Assert.Equal(expected, Tagged(html, isPage: true, cut, cut + 1, cut + 3));
    }

    [Fact]
    public void What_is_not_a_page_passes_through() =>
        Assert.Equal("<head></head>", Tagged("<head></head>", isPage: false, 3));
}
