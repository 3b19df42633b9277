using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Quality;

/// <summary>Screenshots of the reading with a definition open, desktop and phone, kept as test artifacts under TestResults/browser.</summary>
[Collection(SiteCollection.Name)]
public class ScreenshotTests(SiteFixture site)
{
    [SkippableTheory]
    [InlineData(1280, 800, false)]
    [InlineData(375, 812, true)]
    public async Task The_reading_is_photographed(int width, int height, bool phone)
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, phone ? Devices.Phone(width, height) : Devices.Desktop(width, height));
        var reading = new ReadingPage(session.Page);
        if (phone) await reading.FirstTerm.TapAsync();
        else await reading.FirstTerm.ClickAsync();
        await Expect(reading.Popover).ToBeVisibleAsync();
        Directory.CreateDirectory(RepoPaths.Artifacts);
        var file = Path.Combine(RepoPaths.Artifacts, $"reading-{width}.png");
        File.Delete(file);
        await session.Page.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot is suspiciously small: " + file);
        session.AssertHealthy();
    }
}
