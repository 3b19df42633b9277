using Lectern.Links;
using Lectern.Stages.Render;
using Lectern.Tests.Support;

namespace Lectern.Tests.Render;

public class MarkdownTextTests
{
    [Fact]
    public void Links_in_editors_markdown_go_through_the_link_builder()
    {
        var html = MarkdownText.ToHtml(
            "See [the Politburo](/glossary/#political-bureau), [the CC](glossary/#central-committee) and [Wikipedia](https://en.wikipedia.org/).",
            new LinkBuilder("/lectern-demo/", null));
        var hrefs = Html.Parse(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/lectern-demo/glossary/#political-bureau", "/lectern-demo/glossary/#central-committee", "https://en.wikipedia.org/"], hrefs);
    }
}
