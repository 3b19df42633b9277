using AngleSharp.Dom;
using Lectern.Links;
using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.Hardening;

/// <summary>Source text, titles and notes are third-party text: they must reach the page as literal text, never as markup or template code.</summary>
public sealed class HostileSiteFixture : IDisposable
{
    public const string Title = "<script>alert(\"t\")</script> & 'Q' {{ site.title }} {% raw %}x{% endraw %}";
    public const string Paragraph = "A <b>bold</b> & \"quoted\" 'single' {{ 7 | plus: 1 }} {% raw %} <script>alert(1)</script> [link](javascript:alert(1)) *em* <!-- c --> &amp; done.";
    public const string Summary = "<script>alert(3)</script> {{ site.title }} & more";

    public HostileSiteFixture()
    {
        Site = new TempSite();
        // The published anchors lock the seed's paragraphs; this site replaces its text on purpose.
        File.Delete(Path.Combine(Site.ReadingDir(), "anchors.lock"));
        File.WriteAllText(Path.Combine(Site.ReadingDir(), "source.txt"),
            Title + "\n\nPyongyang, June 30 (KCNA) -- " + Paragraph + "\n\n-0-\n");
        File.WriteAllText(Path.Combine(Site.ReadingDir(), "reading.yml"), "summary: \"" + Summary + "\"\n");
        Result = BuildPipeline.Run(Site.Options());
    }

    public TempSite Site { get; }
    public BuildResult Result { get; }

    public void Dispose() => Site.Dispose();
}

public class SafeOutputTests(HostileSiteFixture hostile) : IClassFixture<HostileSiteFixture>
{
    private IDocument ReadingPage => Html.Load(Path.Combine(hostile.Site.Output, RepoPaths.SeedSlug, "index.html"));

    [Fact]
    public void A_hostile_title_comes_out_as_literal_text()
    {
        Assert.True(hostile.Result.Succeeded, string.Join("\n", hostile.Result.Diagnostics));
        Assert.Equal(HostileSiteFixture.Title, ReadingPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith(HostileSiteFixture.Title + " · ", ReadingPage.Title);
    }

    [Fact]
    public void A_hostile_paragraph_comes_out_as_literal_text() =>
        Assert.Equal(HostileSiteFixture.Paragraph, Html.TextWithoutApparatus(ReadingPage.GetElementById("p-1")!));

    [Fact]
    public void A_hostile_summary_comes_out_as_literal_text_on_the_home_page()
    {
        var home = Html.Load(Path.Combine(hostile.Site.Output, "index.html"));
        Assert.Contains(home.QuerySelectorAll("p"), p => p.TextContent.Trim() == HostileSiteFixture.Summary);
    }

    [Fact]
    public void The_hostile_site_has_no_markup_from_its_content() =>
        AssertSafe(hostile.Site.Output);

    [Fact]
    public void The_seed_site_has_no_inline_script_style_or_handler() =>
        AssertSafe(BuildSeed());

    [Fact]
    public void Every_page_carries_a_strict_content_security_policy()
    {
        foreach (var file in Pages(hostile.Site.Output))
        {
            var meta = Html.Load(file).QuerySelector("head meta[http-equiv='Content-Security-Policy']");
            Assert.True(meta is not null, $"{file} has no CSP meta tag");
            var directives = meta!.GetAttribute("content")!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
            Assert.Equal(["'self'"], directives["default-src"]);
            Assert.Equal(["'none'"], directives["object-src"]);
            Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v.Contains("unsafe", StringComparison.Ordinal) || v == "*" || v == "data:");
            // A meta CSP ignores these and logs a console error for each.
            Assert.DoesNotContain(directives.Keys, k => k is "frame-ancestors" or "report-uri" or "sandbox");
        }
    }

    [Fact]
    public void The_bundled_stylesheet_loads_nothing_from_elsewhere()
    {
        var css = File.ReadAllText(Path.Combine(hostile.Site.Output, "assets", "lectern.css"));
        Assert.DoesNotMatch(@"@import|url\(\s*['""]?(https?:)?//", css);
    }

    private static string BuildSeed()
    {
        var site = new TempSite();
        var result = BuildPipeline.Run(site.Options());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site.Output;
    }

    private static IEnumerable<string> Pages(string output) => Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);

    /// <summary>What a strict CSP (<c>default-src 'self'</c>) would block, or what content must never produce.</summary>
    private static void AssertSafe(string output)
    {
        foreach (var file in Pages(output))
        {
            var page = Html.Load(file);
            var where = Path.GetRelativePath(output, file);
            Assert.DoesNotContain(page.QuerySelectorAll("script:not([src])"), s => s.GetAttribute("type") != "application/ld+json");
            Assert.Empty(page.QuerySelectorAll("style, [style], iframe, object, embed, base"));
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{where}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" or "poster" or "data")
                        Assert.True(UrlPolicy.IsAllowed(attribute.Value), $"{where}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }
}
