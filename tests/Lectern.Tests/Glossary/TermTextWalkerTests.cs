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
}
