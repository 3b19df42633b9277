using System.Text.Json;
using Lectern.Browser.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Lectern.Browser.Tests.Quality;

/// <summary>
/// The page holds still while it loads: what scripts add or change has its space from the first paint.
/// Cumulative layout shift (the PerformanceObserver <c>layout-shift</c> entries not caused by input) on a
/// slow phone and a throttled desktop, light and dark, stays within 0.05 (Core Web Vitals call 0.1 good).
/// The bundle is held back until the page has painted, the order a slow connection can give, so every change
/// the scripts make on load happens in front of the reader.
/// </summary>
[Collection(SiteCollection.Name)]
public class LayoutShiftTests(SiteFixture site, ITestOutputHelper output)
{
    private const double Budget = 0.05;

    /// <summary>Lighthouse's phone (412 px) and desktop (1,350 px) viewports.</summary>
    public const int PhoneWidth = 412;
    public const int DesktopWidth = 1350;

    public static TheoryData<string, int, string> Cases()
    {
        var cases = new TheoryData<string, int, string>();
        foreach (var page in new[] { "home", "reading", "reading#cite", "glossary", "source" })
            foreach (var width in new[] { PhoneWidth, DesktopWidth })
                foreach (var scheme in new[] { ColorMode.Light, ColorMode.Dark })
                    cases.Add(page, width, scheme);
        return cases;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task The_page_does_not_shift_while_it_loads_on_a_throttled_device(string page, int width, string scheme)
    {
        var options = width == PhoneWidth ? Devices.Phone(PhoneWidth, 823) : Devices.Desktop(DesktopWidth, 940);
        options.ColorScheme = ColorMode.SystemScheme(scheme);
        await using var session = await site.OpenAsync("", options);
        await Throttling.ApplyAsync(session.Page);
        await HoldBackTheScriptAsync(session.Page);
        await session.Page.GotoAsync(UrlOf(page), new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 60_000 });

        var shift = await MeasureAsync(session.Page);
        output.WriteLine($"CLS {page} {width}px {scheme}: {shift.Total:0.0000}");
        foreach (var source in shift.Sources) output.WriteLine("  " + source);
        Assert.True(shift.Total <= Budget,
            $"{page} at {width}px ({scheme}) shifted by {shift.Total:0.0000} (budget {Budget}):\n" + string.Join("\n", shift.Sources));
        session.AssertHealthy();
    }

    /// <summary>
    /// The deferred bundle reaches the page only once the page has painted, whatever order the throttled
    /// requests happen to finish in: what the scripts change then moves what the reader already sees.
    /// </summary>
    private static Task HoldBackTheScriptAsync(IPage page) =>
        page.RouteAsync("**/assets/lectern.js", async route =>
        {
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-contentful-paint').length > 0",
                null, new() { PollingInterval = 50, Timeout = 30_000 });
            await route.ContinueAsync();
        });

    private string UrlOf(string page) => page switch
    {
        "home" => site.Url,
        "reading" => site.ReadingUrl,
        // Landing on the citations, where the copy buttons are in view when the script reveals them.
        "reading#cite" => site.ReadingUrl + "#cite",
        "glossary" => site.GlossaryUrl,
        "source" => site.ReadingUrl + "source/",
        _ => throw new ArgumentOutOfRangeException(nameof(page), page, "not a page type of the seed site"),
    };

    private sealed record Shift(double Total, string[] Sources);

    /// <summary>
    /// Every layout shift since navigation (buffered), until none has come for a second: their sum, and
    /// which elements moved from where to where, to name the culprit when the budget is exceeded.
    /// </summary>
    private static async Task<Shift> MeasureAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(@"() => new Promise(resolve => {
            let total = 0, timer = 0;
            const sources = [];
            const name = (node) => !node ? '(gone)' : node.nodeType !== 1 ? '#text in ' + name(node.parentElement)
              : node.localName + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].join('.') : '');
            const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
            const done = () => resolve({ total, sources });
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                if (entry.hadRecentInput) continue;
                total += entry.value;
                for (const s of entry.sources || [])
                  sources.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${name(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`);
              }
              clearTimeout(timer);
              timer = setTimeout(done, 1000);
            }).observe({ type: 'layout-shift', buffered: true });
            timer = setTimeout(done, 1000);
        })");
        return new Shift(
            json.GetProperty("total").GetDouble(),
            json.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }
}
