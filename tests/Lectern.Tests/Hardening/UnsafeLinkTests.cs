using AngleSharp.Dom;
using Lectern.Diagnostics;
using Lectern.Links;
using Lectern.Pipeline;
using Lectern.Stages.Render;
using Lectern.Tests.Support;
using Markdig;

namespace Lectern.Tests.Hardening;

public class UnsafeLinkTests
{
    [Theory]
    [InlineData("https://en.wikipedia.org/wiki/KCNA", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:editor@example.org", true)]
    [InlineData("/glossary/#wpk", true)]
    [InlineData("../other/", true)]
    [InlineData("#p-12", true)]
    [InlineData("page?at=12:30", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_http_https_mailto_and_relative_urls_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, UrlPolicy.IsAllowed(url));

    [Theory]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JAVASCRIPT:alert(1) \"title\")", "click")]
    [InlineData("[click](javascript&#58;alert(1))", "click")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![pic](javascript:alert(1))", "pic")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "x")]
    [InlineData("- [**bold** click](javascript:alert(1))", "bold click")]
    [InlineData("> [![pic](javascript:alert(1))](https://example.org)", "pic")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    public void Editors_markdown_with_script_or_unsafe_links_renders_inert(string markdown, string visibleText)
    {
        var html = Markdown.ToHtml(markdown, MarkdownPipelineFactory.Shared);
        var body = Html.Parse(html).Body!;
        Assert.Equal(visibleText, body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("script, img, iframe, object"));
        Assert.DoesNotContain(body.Descendants<IElement>().SelectMany(e => e.Attributes),
            a => a.Name.StartsWith("on", StringComparison.Ordinal) || !UrlPolicy.IsAllowed(a.Value));
    }

    [Fact]
    public void Safe_links_are_kept()
    {
        var html = Markdown.ToHtml("See [KCNA](https://kcna.kp) or [mail](mailto:a@b.org) and [p. 3](#p-3).", MarkdownPipelineFactory.Shared);
        var hrefs = Html.Parse(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["https://kcna.kp", "mailto:a@b.org", "#p-3"], hrefs);
    }

    private static Action<TempSite> AppendGlossary(string yaml) => s => File.AppendAllText(Path.Combine(s.Content, "glossary.yml"), yaml);
    private static Action<TempSite> AppendReading(string yaml) => s => File.AppendAllText(Path.Combine(s.ReadingDir(), "reading.yml"), yaml);

    /// <summary>Adds one note to the reading's notes list (creating the list when the file has none).</summary>
    private static void AppendNote(TempSite site, string item)
    {
        var path = Path.Combine(site.ReadingDir(), "reading.yml");
        var hasNotes = File.ReadAllLines(path).Any(l => l.StartsWith("notes:", StringComparison.Ordinal));
        Assert.EndsWith("\n", File.ReadAllText(path));
        File.AppendAllText(path, (hasNotes ? "" : "notes:\n") + item);
    }

    public static TheoryData<BadInput> Cases => new()
    {
        new("a glossary source URL with javascript:", AppendGlossary(
                "\n- id: hostile\n  term: Hostile\n  definition: D.\n  sources:\n    - title: T\n      url: javascript:alert(1)\n"),
            new(DiagnosticCodes.UnsafeUrl, "glossary.yml", -2, 7, "'sources.url' is 'javascript:alert(1)', which is not http, https, mailto or a relative link")),
        new("a reading's source URL with data:", s => File.WriteAllText(Path.Combine(s.ReadingDir(), "reading.yml"),
                "source:\n  title: T\n  url: data:text/html,x\n"),
            new(DiagnosticCodes.UnsafeUrl, RepoPaths.SeedReadingYml, 2, 3, "'source.url' is 'data:text/html,x'")),
        new("a note source URL with vbscript:", s => AppendNote(s,
                "  - quote: Political Bureau\n    text: A note.\n    sources:\n      - title: T\n        url: vbscript:x\n"),
            new(DiagnosticCodes.UnsafeUrl, RepoPaths.SeedReadingYml, -2, 9, "'sources.url' is 'vbscript:x'")),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_unsafe_source_url_is_a_positioned_error_and_the_site_is_kept(BadInput input)
    {
        // Negative lines count from the end of the file the case appends to (-1: the last line); a source is positioned at its list item.
        using var probe = new TempSite();
        input.Break(probe);
        var file = input.Expected.FileEnding.EndsWith("glossary.yml", StringComparison.Ordinal)
            ? Path.Combine(probe.Content, "glossary.yml") : Path.Combine(probe.ReadingDir(), "reading.yml");
        var lines = File.ReadAllLines(file).Length;
        var expected = input.Expected.Line < 0 ? input.Expected with { Line = lines + 1 + input.Expected.Line } : input.Expected;
        BadContent.AssertRejected(input.Break, expected);
    }

    [Fact]
    public void A_javascript_link_in_a_definition_is_a_warning_and_is_left_out_of_the_page()
    {
        using var site = new TempSite();
        var glossary = Path.Combine(site.Content, "glossary.yml");
        File.AppendAllText(glossary, "\n- id: hostile\n  term: Hostile\n  definition: See [this](javascript:alert(1)) and <script>alert(2)</script>.\n  sources:\n    - title: T\n      url: https://example.org\n");
        var entryLine = File.ReadAllLines(glossary).Length - 5;

        var (exit, stderr) = BadContent.Build(site);

        Assert.Equal(0, exit);
        BadContent.AssertContains(PrintedDiagnostic.ParseAll(stderr),
            new(DiagnosticCodes.UnsafeLinkRemoved, "glossary.yml", entryLine, 3, "the definition of 'hostile' links to 'javascript:alert(1)'; the link is left out", "warning"), stderr);
        var page = Html.Load(Path.Combine(site.Output, "glossary", "index.html"));
        var definition = page.GetElementById("hostile")!.QuerySelector(".definition")!;
        Assert.Equal("See this and <script>alert(2)</script>.", definition.TextContent.Trim());
        Assert.Empty(definition.QuerySelectorAll("a, script"));
    }

    [Fact]
    public void With_strict_the_same_warning_fails_the_build_as_an_error()
    {
        var entryLine = File.ReadAllLines(Path.Combine(RepoPaths.Content, "glossary.yml")).Length + 2;
        var printed = BadContent.AssertRejected(
            AppendGlossary("\n- id: hostile\n  term: Hostile\n  definition: See [this](javascript:alert(1)).\n  sources:\n    - title: T\n      url: https://example.org\n"),
            new(DiagnosticCodes.UnsafeLinkRemoved, "glossary.yml", entryLine, 3, "links to 'javascript:alert(1)'"),
            "--strict");
        Assert.All(printed, d => Assert.Equal("error", d.Severity));
    }

    [Fact]
    public void A_javascript_link_in_a_note_is_a_warning_at_the_note()
    {
        var bag = new DiagnosticBag();
        using var site = new TempSite();
        AppendNote(site, "  - quote: Political Bureau\n    text: \"[x](javascript:alert(1))\"\n");
        var s = Stages.Load.LoadStage.Execute(site.Content, bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.UnsafeLinkRemoved, DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal(s.Readings[0].Metadata.Notes[^1].Line, d.Line);
        Assert.Contains("the note on 'Political Bureau' links to 'javascript:alert(1)'", d.Message);
    }
}
