using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Quality;

/// <summary>axe-core finds no WCAG 2.2 A/AA violation on any page of the site, light or dark.</summary>
[Collection(SiteCollection.Name)]
public class AccessibilityTests(SiteFixture site)
{
    [SkippableTheory]
    [InlineData(ColorMode.Light)]
    [InlineData(ColorMode.Dark)]
    [InlineData(ColorMode.ChosenDark)]
    [InlineData(ColorMode.ChosenLight)]
    public async Task Every_page_has_no_axe_violations(string mode)
    {
        await using var session = await site.OpenAsync("", new() { ColorScheme = ColorMode.SystemScheme(mode) });
        var found = new List<string>();
        var urls = site.PageUrls;
        foreach (var url in urls)
        {
            await session.GotoAsync(url);
            await ColorMode.ApplyAsync(session.Page, mode);
            found.AddRange((await Axe.ViolationsAsync(session.Page)).Select(v => url + ": " + v));
        }
        Assert.True(urls.Count >= 3, "expected at least the home, reading and glossary pages");
        Assert.True(found.Count == 0, $"axe found {found.Count} violations ({mode}):\n" + string.Join("\n", found));
    }

    [SkippableTheory]
    [InlineData(ColorMode.Light)]
    [InlineData(ColorMode.Dark)]
    public async Task The_reading_with_a_definition_open_has_no_axe_violations(string mode)
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { ColorScheme = ColorMode.SystemScheme(mode) });
        var reading = new ReadingPage(session.Page);
        await reading.FirstTerm.ClickAsync();
        await Expect(reading.Popover).ToBeVisibleAsync();
        var found = await Axe.ViolationsAsync(session.Page);
        Assert.True(found.Count == 0, $"axe found {found.Count} violations with a definition open ({mode}):\n" + string.Join("\n", found));
    }
}
