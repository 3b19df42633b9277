using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>WCAG 1.4.10: every page reflows on a phone, without sideways scrolling.</summary>
[Collection(SiteCollection.Name)]
public class ReflowTests(SiteFixture site)
{
    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(375, 812)]
    public async Task Every_page_fits_a_phone_without_sideways_scrolling(int width, int height)
    {
        await using var session = await site.OpenAsync("", Devices.Phone(width, height));
        var overflowing = new List<string>();
        foreach (var url in site.PageUrls)
        {
            await session.GotoAsync(url);
            var overflow = await Layout.HorizontalOverflowAsync(session.Page);
            if (overflow > 0) overflowing.Add($"{url}: {overflow}px too wide");
        }
        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
        session.AssertHealthy();
    }
}
