using Microsoft.Playwright;

namespace Lectern.Browser.Tests.Support;

/// <summary>Geometry questions about the rendered page.</summary>
public static class Layout
{
    /// <summary>The lowest bottom edge of any sticky or fixed element at the top of the viewport (0 when none).</summary>
    public static Task<double> StickyHeaderBottomAsync(IPage page) => page.EvaluateAsync<double>(@"() => {
        let bottom = 0;
        for (const el of document.body.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          if (s.position !== 'sticky' && s.position !== 'fixed') continue;
          if (s.visibility === 'hidden' || s.display === 'none') continue;
          const r = el.getBoundingClientRect();
          if (r.height > 0 && r.width > innerWidth / 2 && r.top <= 1) bottom = Math.max(bottom, r.bottom);
        }
        return bottom;
    }");

    /// <summary>
    /// Waits until the page has stopped scrolling (smooth scrolling animates; on a loaded machine it
    /// can still be moving when the URL has already changed): the scroll position unchanged for five frames.
    /// </summary>
    public static Task WaitForScrollToSettleAsync(IPage page) => page.EvaluateAsync(@"() => new Promise(resolve => {
        let last = -1, still = 0;
        const tick = () => {
          const y = window.scrollY;
          if (y === last) { if (++still >= 5) { resolve(); return; } }
          else { still = 0; last = y; }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
    })");

    /// <summary>How many CSS pixels the page overflows the viewport sideways (0 when it reflows).</summary>
    public static Task<double> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
