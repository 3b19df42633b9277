using Lectern.Documents;
using Lectern.Stages.Render;
using Lectern.Tests.Support;

namespace Lectern.Tests.Render;

public class RenderStageTests
{
    private static string Render(params string[] paragraphs)
    {
        var reading = new Reading
        {
            Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m",
            Clean = new CleanText("T", null, paragraphs, null, CleanupReport.Empty),
        };
        return RenderStage.Execute(reading).BodyHtml!;
    }

    [Fact]
    public void Each_paragraph_becomes_one_p_element()
    {
        var doc = Html.Parse(Render("First one.", "Second one."));
        Assert.Equal(["First one.", "Second one."], doc.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("1. Not a list item.")]
    [InlineData("- not a bullet")]
    [InlineData("# not a heading")]
    [InlineData("*not emphasis* and _not_ either")]
    [InlineData("a <script>alert(1)</script> tag")]
    [InlineData("[not a link](javascript:alert(1))")]
    [InlineData("back\\slash & `code` ~~strike~~")]
    [InlineData("12) not a list item")]
    [InlineData("+ not a bullet")]
    [InlineData("= not an underline")]
    [InlineData("12.5 per cent, not a list")]
    [InlineData("2021")]
    [InlineData("| not | a table | {braces} !bang #tag")]
    public void Source_text_is_rendered_literally(string text)
    {
        var doc = Html.Parse(Render(text));
        var p = Assert.Single(doc.QuerySelectorAll("p"));
        Assert.Equal(text, p.TextContent);
        Assert.Empty(p.Children);
    }
}
