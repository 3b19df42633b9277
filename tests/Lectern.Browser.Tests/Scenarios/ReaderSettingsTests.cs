using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>The reader's settings (theme, glossary term marking) are remembered across a reload.</summary>
[Collection(SiteCollection.Name)]
public class ReaderSettingsTests(SiteFixture site)
{
    [SkippableFact]
    public async Task The_dark_theme_chosen_with_the_toggle_is_remembered_across_a_reload()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, new() { ColorScheme = Microsoft.Playwright.ColorScheme.Light });
        var page = session.Page;
        var toggle = page.Locator(".theme-toggle");
        var light = await BackgroundAsync(page);
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        var dark = await BackgroundAsync(page);
        Assert.NotEqual(light, dark);

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(dark, await BackgroundAsync(page));

        // Another page of the site follows the same choice.
        await session.GotoAsync(site.GlossaryUrl);
        Assert.Equal(dark, await BackgroundAsync(page));
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task The_term_marking_setting_is_remembered_across_a_reload()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var reading = new ReadingPage(session.Page);
        var total = await reading.Terms.CountAsync();
        var firstOnly = await reading.LiveTerms.CountAsync();
        Assert.True(total > firstOnly && firstOnly > 0, $"the seed should repeat terms ({firstOnly} live of {total})");

        await reading.TermMarkingSetting.SelectOptionAsync("every");
        await Expect(reading.LiveTerms).ToHaveCountAsync(total);
        await session.Page.ReloadAsync();
        await Expect(reading.TermMarkingSetting).ToHaveValueAsync("every");
        await Expect(reading.LiveTerms).ToHaveCountAsync(total);

        await reading.TermMarkingSetting.SelectOptionAsync("none");
        await session.Page.ReloadAsync();
        await Expect(reading.TermMarkingSetting).ToHaveValueAsync("none");
        await Expect(reading.LiveTerms).ToHaveCountAsync(0);
        session.AssertHealthy();
    }

    private static Task<string> BackgroundAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
