using Lectern.Pipeline;
using Lectern.Tests.Support;

namespace Lectern.Tests.EndToEnd;

/// <summary>The enriched body is written straight into the page; themes that pass it through a filter still get it.</summary>
public class ReadingBodyTemplateTests
{
    private static string BuildReadingPage(Func<string, string>? editTemplate = null)
    {
        using var site = new TempSite();
        var template = Path.Combine(site.Themes, "default", "layouts", "reading.liquid");
        if (editTemplate is not null) File.WriteAllText(template, editTemplate(File.ReadAllText(template)));
        Assert.True(BuildPipeline.Run(site.Options()).Succeeded);
        return File.ReadAllText(Path.Combine(site.Output, RepoPaths.SeedSlug, "index.html"));
    }

    [Fact]
    public void The_default_theme_writes_the_body_unescaped()
    {
        var page = Html.Parse(BuildReadingPage());
        Assert.NotEmpty(page.QuerySelectorAll(".reading-body p[id='p-1'] a.para-num"));
    }

    [Fact]
    public void A_theme_that_still_uses_the_raw_filter_gets_the_same_page()
    {
        var page = BuildReadingPage();
        Assert.Contains("{{ reading.body }}", File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "layouts", "reading.liquid")));
        Assert.Equal(page, BuildReadingPage(t => t.Replace("{{ reading.body }}", "{{ reading.body | raw }}")));
    }

    [Fact]
    public void A_theme_can_filter_the_body_as_a_string()
    {
        var page = Html.Parse(BuildReadingPage(t => t.Replace("{{ reading.body }}", "{{ reading.body | replace: 'para-num', 'para-number' | raw }}")));
        Assert.NotEmpty(page.QuerySelectorAll(".reading-body p[id='p-1'] a.para-number"));
        Assert.Empty(page.QuerySelectorAll(".reading-body a.para-num"));
    }
}
