using Lectern.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Scenarios;

/// <summary>Glossary terms as keyboard, mouse and touch users meet them (docs/design/reading-ui.md, T3 to T6).</summary>
[Collection(SiteCollection.Name)]
public class GlossaryTermTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Keyboard_tab_reaches_a_term_enter_opens_it_esc_closes_it_and_tab_away_closes_it()
    {
        await using var session = await site.OpenAsync(site.ReadingUrl);
        var reading = new ReadingPage(session.Page);
        var term = reading.FirstTerm;
        var popover = reading.Popover;

        await reading.TabToAsync(term);
        await Expect(popover).ToBeHiddenAsync();
        await session.Page.Keyboard.PressAsync("Enter");

        // Visible, holding the definition, and wired so a screen reader announces it.
        var definition = await reading.DefinitionOfAsync(term);
        await Expect(popover).ToBeVisibleAsync();
        Assert.Contains(definition[..Math.Min(60, definition.Length)], ReadingPage.Normalize(await popover.TextContentAsync()));
        await Expect(term).ToHaveAccessibleDescriptionAsync(definition);
        await Expect(term).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(term).ToHaveAttributeAsync("aria-controls", "term-popover");
        Assert.NotEqual("tooltip", await popover.GetAttributeAsync("role")); // it holds links: not a tooltip
        Assert.DoesNotContain("/glossary/", session.Page.Url); // Enter did not follow the link

        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(term).ToBeFocusedAsync();
        await Expect(term).ToHaveAttributeAsync("aria-expanded", "false");

        // Space opens it too; Tab away (through the bubble's links, if any) closes it.
        await session.Page.Keyboard.PressAsync(" ");
        await Expect(popover).ToBeVisibleAsync();
        for (var i = 0; i < 5; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            if (!await term.EvaluateAsync<bool>("e => e === document.activeElement") && !await reading.FocusIsWithinAsync(popover)) break;
        }
        Assert.False(await term.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab did not move focus away from the term");
        await Expect(popover).ToBeHiddenAsync();
        session.AssertHealthy();
    }

    [SkippableFact]
    public async Task Hover_keeps_the_definition_open_while_the_pointer_moves_onto_it_and_after_10_s_and_esc_dismisses_it()
    {
        await using var session = await site.OpenAsync("", Devices.Desktop());
        var page = session.Page;
        await page.Clock.InstallAsync(); // timers run only when the test advances them: no real waiting
        await session.GotoAsync(site.ReadingUrl);
        var reading = new ReadingPage(page);
        var term = reading.FirstTerm;
        var popover = reading.Popover;

        await term.ScrollIntoViewIfNeededAsync();
        await term.HoverAsync();
        await page.Clock.RunForAsync(1000);
        await Expect(popover).ToBeVisibleAsync();

        // Move the pointer from the term onto the bubble, as a hand would: small steps, a frame apart.
        var from = (await term.BoundingBoxAsync())!;
        var to = (await popover.BoundingBoxAsync())!;
        var (x0, y0) = (from.X + from.Width / 2, from.Y + from.Height / 2);
        var (x1, y1) = (to.X + Math.Min(20, to.Width / 2), to.Y + Math.Min(20, to.Height / 2));
        for (var step = 1; step <= 12; step++)
        {
            await page.Mouse.MoveAsync(x0 + (x1 - x0) * step / 12, y0 + (y1 - y0) * step / 12);
            await page.Clock.RunForAsync(16);
            Assert.True(await popover.IsVisibleAsync(), $"the definition closed on the way to it (step {step} of 12)");
        }
        await Expect(term).ToHaveAttributeAsync("aria-expanded", "true"); // still this term's definition

        await page.Clock.RunForAsync(10_000);
        await Expect(popover).ToBeVisibleAsync();
        await Expect(term).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Keyboard.PressAsync("Escape"); // the pointer does not move
        await Expect(popover).ToBeHiddenAsync();
        session.AssertHealthy();
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(375, 812)]
    public async Task Touch_tap_opens_a_term_inside_the_viewport_and_a_tap_outside_or_on_it_again_closes_it(int width, int height)
    {
        await using var session = await site.OpenAsync(site.ReadingUrl, Devices.Phone(width, height));
        var page = session.Page;
        var reading = new ReadingPage(page);
        var term = reading.FirstTerm;
        var popover = reading.Popover;

        await term.TapAsync();
        await Expect(popover).ToBeVisibleAsync();
        Assert.DoesNotContain("/glossary/", page.Url);
        var box = (await popover.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width && box.Y + box.Height <= height,
            $"the bubble ({box.X},{box.Y} {box.Width}x{box.Height}) leaves the {width}x{height} viewport");
        Assert.Equal(0, await Layout.HorizontalOverflowAsync(page));

        await page.Locator("h1").TapAsync();
        await Expect(popover).ToBeHiddenAsync();

        await term.TapAsync();
        await Expect(popover).ToBeVisibleAsync();
        await term.TapAsync();
        await Expect(popover).ToBeHiddenAsync();
        session.AssertHealthy();
    }
}
