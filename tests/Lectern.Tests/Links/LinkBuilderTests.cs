using Lectern.Links;

namespace Lectern.Tests.Links;

public class LinkBuilderTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("lectern", "/lectern/")]
    [InlineData("/lectern", "/lectern/")]
    [InlineData("/a/b/", "/a/b/")]
    public void Base_paths_are_normalized(string? input, string expected) =>
        Assert.Equal(expected, LinkBuilder.NormalizeBasePath(input));

    [Fact]
    public void Every_url_carries_the_base_path()
    {
        var links = new LinkBuilder("/demo/", "https://example.org/");
        Assert.Equal("/demo/", links.Home());
        Assert.Equal("/demo/r/", links.Reading("r"));
        Assert.Equal("/demo/r/#p-12", links.Paragraph("r", 12));
        Assert.Equal("/demo/glossary/#wpk", links.GlossaryEntry("wpk"));
        Assert.Equal("/demo/assets/lectern.css", links.File("assets/lectern.css"));
        Assert.Equal("https://example.org/demo/r/", links.Absolute(links.Reading("r")));
    }
}
