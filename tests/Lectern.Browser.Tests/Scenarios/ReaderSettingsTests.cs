using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>The reader's settings (glossary term marking) are remembered across a reload.</summary>
[Collection(SiteCollection.Name)]
public class ReaderSettingsTests(SiteFixture site)
{
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
}
