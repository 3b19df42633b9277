using Lectern.Browser.Tests.Support;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>Notes on a phone open inline under their line when tapped, and close again.</summary>
[Collection(SiteCollection.Name)]
public class NoteTests(SiteFixture site)
{
    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(375, 812)]
    public async Task On_touch_a_note_opens_inline_when_tapped(int width, int height)
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, Devices.Phone(width, height));
        var reading = new ReadingPage(session.Page);
        var toggle = reading.NoteToggles.First;
        var panel = session.Page.Locator("#" + await toggle.GetAttributeAsync("aria-controls"));
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(panel).ToBeHiddenAsync();

        await toggle.TapAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(panel).ToBeVisibleAsync();
        var button = (await toggle.BoundingBoxAsync())!;
        var box = (await panel.BoundingBoxAsync())!;
        Assert.True(box.Y >= button.Y + button.Height - 1, "the note does not open under its marker");
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the note ({box.X}, {box.Width} wide) leaves the {width}px viewport");
        Assert.Equal(0, await Layout.HorizontalOverflowAsync(session.Page));

        await toggle.TapAsync();
        await Expect(panel).ToBeHiddenAsync();
        session.AssertHealthy();
    }
}
