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

public class ContentLinkTests
{
    private static readonly LinkBuilder Links = new("/demo/", "https://example.org");

    [Theory]
    [InlineData("/glossary/#wpk", "/demo/glossary/#wpk")]
    [InlineData("glossary/#wpk", "/demo/glossary/#wpk")]
    [InlineData("./glossary/", "/demo/glossary/")]
    [InlineData("/", "/demo/")]
    [InlineData("/demo/glossary/", "/demo/glossary/")]
    [InlineData("#p-3", "#p-3")]
    [InlineData("https://en.wikipedia.org/wiki/X", "https://en.wikipedia.org/wiki/X")]
    [InlineData("mailto:editor@example.org", "mailto:editor@example.org")]
    [InlineData("//cdn.example.org/x", "//cdn.example.org/x")]
    public void Site_relative_links_in_content_get_the_base_path(string written, string expected) =>
        Assert.Equal(expected, Links.ContentLink(written));

    [Fact]
    public void At_the_root_content_links_are_root_absolute() =>
        Assert.Equal("/glossary/#wpk", new LinkBuilder("/", null).ContentLink("glossary/#wpk"));
}
