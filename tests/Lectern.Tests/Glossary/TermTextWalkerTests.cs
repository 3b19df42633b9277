using Lectern.Glossary;
using Lectern.Tests.Support;
using static Lectern.Tests.Glossary.GlossaryFixtures;

namespace Lectern.Tests.Glossary;

public class TermTextWalkerTests
{
    private static readonly TermMatcher Matcher = new(Politburo());

    private static List<string> FoundIn(string html)
    {
        var doc = Html.Parse("<div id='root'>" + html + "</div>");
        return TermTextWalker.Find(doc.GetElementById("root")!, Matcher)
            .SelectMany(f => f.Matches.Select(m => f.Node.Data.Substring(m.Start, m.Length))).ToList();
    }

    [Theory]
    [InlineData("<a href='#'>Politburo</a>")]
    [InlineData("<code>Politburo</code>")]
    [InlineData("<pre>Politburo</pre>")]
    [InlineData("<h2>Politburo</h2>")]
    [InlineData("<span data-ui>Politburo</span>")]
    [InlineData("<span data-term='x'>Politburo</span>")]
    [InlineData("<a href='#'><em>Politburo</em></a>")]
    public void Skipped_elements_are_not_searched(string html) => Assert.Empty(FoundIn(html));

    [Fact]
    public void Text_in_ordinary_inline_elements_is_searched()
    {
        Assert.Equal(["Politburo", "WPK"], FoundIn("<p><em>Politburo</em> of the <strong>WPK</strong></p>"));
    }

    [Fact]
    public void Wrapping_keeps_the_text_and_puts_each_match_in_its_own_element()
    {
        var doc = Html.Parse("<p id='p'>The Politburo of the WPK met.</p>");
        var p = doc.GetElementById("p")!;
        foreach (var (node, matches) in TermTextWalker.Find(p, Matcher))
            TermTextWalker.Wrap(node, matches, i =>
            {
                var el = doc.CreateElement("span");
                el.SetAttribute("data-term", matches[i].Entry.Id);
                return el;
            });

        Assert.Equal("The Politburo of the WPK met.", p.TextContent);
        Assert.Equal(["Politburo", "WPK"], p.QuerySelectorAll("[data-term]").Select(e => e.TextContent));
        Assert.Equal("The <span data-term=\"political-bureau\">Politburo</span> of the <span data-term=\"wpk\">WPK</span> met.", p.InnerHtml);
    }
}
