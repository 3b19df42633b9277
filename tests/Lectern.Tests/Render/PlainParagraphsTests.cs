using Lectern.Diagnostics;
using Lectern.Documents;
using Lectern.Glossary;
using Lectern.Links;
using Lectern.Stages.Enrich;
using Lectern.Stages.Render;
using Markdig;

namespace Lectern.Tests.Render;

public class PlainParagraphsTests
{
    private static readonly string[] Tricky =
    [
        "1. Not a list item.", "- not a bullet", "# not a heading", "*not emphasis* and _not_ either",
        "a <script>alert(1)</script> tag", "[not a link](javascript:alert(1))", "back\\slash & `code` ~~strike~~",
        "12) not a list item", "+ not a bullet", "= not an underline", "---", "===", "***", "> quoted", "\"quoted\" & 'single'",
        "&amp; &#65; &copy; entities", "<https://example.org> autolink", "https://example.org bare", "trailing backslash\\",
        "two  spaces  inside", "non\u00a0breaking\u00a0spaces", "Korean \ud55c\uad6d\uc5b4 and \u2019quotes\u2019", "|a|b|", "{{ liquid }}",
        "![image](x.png)", "[ref]: /url", "a\u2028b", "\ufffd replacement", "9999999999. long number",
    ];

    private static string ByMarkdig(IReadOnlyList<string> paragraphs) =>
        Markdown.ToHtml(RenderStage.ToMarkdown(paragraphs), MarkdownPipelineFactory.Shared);

    [Fact]
    public void Plain_paragraphs_are_written_as_Markdig_renders_them()
    {
        var plain = PlainParagraphs.TryCreate(Tricky);
        Assert.NotNull(plain);
        Assert.Equal(ByMarkdig(Tricky), plain.ToString());
    }

    [Fact]
    public void Random_plain_paragraphs_are_written_as_Markdig_renders_them()
    {
        const string alphabet = "ab1.)-+=#*_`~[]()<>!|&;\\\"' \u00a0{}:/";
        var random = new Random(8);
        var paragraphs = Enumerable.Range(0, 2000)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()).Trim())
            .Where(PlainParagraphs.IsPlain)
            .ToList();
        foreach (var paragraph in paragraphs)
            Assert.Equal(ByMarkdig([paragraph]), PlainParagraphs.TryCreate([paragraph])!.ToString());
    }

    [Theory]
    [InlineData("two\nlines")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("tab\tinside")]
    [InlineData("")]
    public void Paragraphs_Markdig_might_change_take_the_Markdig_path(string paragraph)
    {
        Assert.Null(PlainParagraphs.TryCreate(["Plain.", paragraph]));
    }

    [Fact]
    public void Enrich_builds_the_same_body_from_plain_paragraphs_as_from_their_html()
    {
        var site = new Site(new SiteConfig(), GlossaryIndex.Empty, []);
        var links = new LinkBuilder("/", null);
        var plain = new Reading { Slug = "r", SourcePath = "s", SourceText = "", MetadataPath = "m", Body = PlainParagraphs.TryCreate(Tricky) };
        var html = plain with { Body = null, BodyHtml = ByMarkdig(Tricky) };
        Assert.Equal(
            EnrichStage.Execute(html, site, links, new DiagnosticBag()).BodyHtml,
            EnrichStage.Execute(plain, site, links, new DiagnosticBag()).BodyHtml);
    }
}
